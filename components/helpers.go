package components

import (
	"github.com/apl-explorer/explorer/policy"
	"strings"
	"sync"

	"github.com/apl-explorer/explorer/wasm/focus"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// enter is what a page does when it is drawn: read its view from the URL,
// set its language, description and title (the catalog text at titleKey;
// "" for the site's name), and after an in-app navigation move focus to
// its heading and bring the URL's fragment into view.
func enter(ctx app.Context, titleKey string, navigated bool) view {
	vw := viewFor(ctx)
	title := ""
	if titleKey != "" {
		title = vw.T(titleKey)
	}
	setTitle(ctx, vw, title)
	if navigated {
		focusHeading(ctx)
		scrollToFragment(ctx)
	}
	return vw
}

// home is the view with the language switch leading to each language's
// home page (for a page with no address in other languages).
func (vw view) home() view {
	vw.path = "/"
	return vw
}

// setTitle sets the document title; an empty title is the site's name.
func setTitle(ctx app.Context, vw view, title string) {
	// The page's language (go-app writes it on <html>) and description.
	ctx.Page().SetLang(vw.lang.ID)
	ctx.Page().SetDescription(vw.description())
	ctx.Page().SetTitle("%s", vw.documentTitle(title))
}

// documentTitle is a page's title with the site's name.
func (vw view) documentTitle(title string) string {
	if title == "" {
		return vw.T("site.name")
	}
	return vw.Tf("site.title", map[string]string{"title": title, "site": vw.T("site.name")})
}

// description is the site's description, for search engines and shares.
func (vw view) description() string {
	return vw.Tf("site.description", map[string]string{
		"first": vw.c().LongDate(policy.Earliest()), "announced": vw.c().LongDate(policy.RegimeStatus(policy.US2022).AnnouncedOn),
	})
}

// focusHeading moves focus to the new page's h1 after an in-app
// navigation, once the page is drawn. The first page load keeps the
// browser's own focus; the flag lives on the window, not in Go.
func focusHeading(ctx app.Context) {
	ctx.Defer(func(app.Context) {
		w := app.Window()
		if !w.Get("aplNavigated").Truthy() {
			// The first page: the live page just replaced the prerendered
			// one; give focus back to where the reader had it, if anywhere.
			w.Set("aplNavigated", true)
			focus.Restore()
			return
		}
		if h := w.GetElementByID(HeadingID); h.Truthy() {
			// As a full page load would: the new page from its top (a
			// fragment, if any, is brought into view after this), and
			// focus on its heading without a scroll of its own, which
			// would make the browser lay the page out at once rather than
			// in the frame.
			w.Call("scrollTo", 0, 0)
			h.Call("focus", map[string]any{"preventScroll": true})
		}
	})
}

// scrollToFragment brings the element named by the URL's fragment into
// view after an in-app navigation, as a full page load would.
func scrollToFragment(ctx app.Context) {
	frag := ctx.Page().URL().Fragment
	if frag == "" {
		return
	}
	ctx.Defer(func(app.Context) {
		if el := app.Window().GetElementByID(frag); el.Truthy() {
			el.Call("scrollIntoView")
		}
	})
}

// rootHref returns a root-relative link as the browser must see it when the
// site is served under a sub-path (go-app's GOAPP_ROOT_PREFIX, e.g.
// "/explorer/"). On the server the links stay as they are: the server
// rewrites local links itself.
func rootHref(p string) string {
	if app.IsServer || !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") {
		return p
	}
	return rootPrefix() + p
}

// rootPrefix is the sub-path the site is served under, without its final
// slash ("" at the root). It is fixed for the page's life; reading it once
// spares two JavaScript calls per link drawn.
var rootPrefix = sync.OnceValue(func() string {
	return strings.TrimSuffix(app.Getenv("GOAPP_ROOT_PREFIX"), "/")
})

// sitePath is a URL path without the sub-path the site may be served
// under, as the routes see it.
func sitePath(p string) string {
	if app.IsServer {
		return p
	}
	prefix := rootPrefix()
	if prefix != "" && strings.HasPrefix(p, prefix+"/") {
		return strings.TrimPrefix(p, prefix)
	}
	return p
}

// siteOrigin is the explorer's public address, for embed snippets: the
// page's own origin in the browser, the configured one on the server.
func siteOrigin() string {
	if app.IsClient {
		return app.Window().Get("location").Get("origin").String() + rootPrefix()
	}
	return strings.TrimSuffix(app.Getenv("APL_ORIGIN"), "/")
}

// embedSnippet is the one line that embeds the explorer at start.
func (vw view) embedSnippet(start string) app.UI {
	return &disclosure{Class: "embed-code", Summary: vw.T("embed.this"), Content: func() []app.UI {
		return []app.UI{
			app.P().Text(vw.T("embed.paste")),
			app.Pre().Body(app.Code().Text(`<script src="` + siteOrigin() + `/web/embed.js" data-start="` + start + `"></script>`)),
			app.P().Class("hint").Body(vw.fill("embed.options", map[string]app.UI{"link": app.A().Href(vw.href("/about#embed")).Text(vw.T("embed.options.link"))})...),
		}
	}}
}
