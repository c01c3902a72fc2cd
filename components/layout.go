package components

import (
	"strings"

	"github.com/apl-explorer/explorer/policy"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// HeadingID is the id of every page's h1. It takes focus after in-app
// navigation so that keyboard and screen-reader users start at the top of
// the new content.
const HeadingID = "main-heading"

// logoSVG is web/icon.svg at header size, decorative.
const logoSVG = `<svg class="logo" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="28" height="28" aria-hidden="true" focusable="false"><rect width="512" height="512" rx="96" fill="#1d3557"/><path d="M256 92Q306 120 372 124Q376 250 376 250Q368 370 256 428Q144 370 136 250Q136 250 140 124Q206 120 256 92Z" fill="#f1faee"/><path d="M196 262L240 306L318 212" fill="none" stroke="#1d3557" stroke-width="38" stroke-linecap="round" stroke-linejoin="round"/></svg>`

// navItem is one link of the site navigation.
type navItem struct{ href, label string }

var nav = []navItem{
	{"/", "Home"},
	{"/ask", "Ask"},
	{"/explore", "Explore"},
	{"/sources", "Sources"},
	{"/about", "About"},
}

// page draws the site chrome around a page's main content. current is the
// navigation entry to mark as the current page.
func page(current string, main ...app.UI) app.UI {
	return app.Div().Class("site").Body(
		app.A().Class("skip-link").Href("#main").Text("Skip to main content"),
		app.Header().Class("site-header").Body(
			app.Div().Class("wrap header-inner").Body(
				app.A().Class("brand").Href(href("/")).Body(
					// The logo is drawn inline: no request (so nothing to miss
					// offline) and hidden from screen readers, as it is decorative.
					app.Raw(logoSVG),
					app.Span().Text("Landmine Policy Explorer"),
				),
				app.Nav().Aria("label", "Main").Body(
					app.Ul().Class("nav").Body(
						app.Range(nav).Slice(func(i int) app.UI {
							a := app.A().Href(href(nav[i].href)).Text(nav[i].label)
							if nav[i].href == current {
								a = a.Aria("current", "page")
							}
							return app.Li().Body(a)
						}),
					),
				),
			),
		),
		&UpdateBanner{},
		app.Main().ID("main").Class("wrap").TabIndex(-1).Body(main...),
		app.Footer().Class("site-footer").Body(
			app.Div().Class("wrap").Body(
				app.P().Body(app.Text(footerStatus()+" "), app.A().Href(href("/about#status")).Text("What this means"), app.Text(". For education, not legal advice.")),
				app.P().Body(
					app.A().Href(href("/sources")).Text("Sources"),
					app.Text(" · "),
					app.A().Href(href("/about")).Text("About and method"),
				),
				// Whether the site is saved for offline use: empty and
				// hidden until web/loader.js knows (it never says "ready"
				// before the service worker does).
				app.P().ID("offline-state").Class("offline-state").Aria("live", "polite").Hidden(true),
			),
		),
	)
}

// heading is a page's h1, focusable by script but not in the tab order.
func heading(text string) app.HTMLH1 {
	return app.H1().ID(HeadingID).TabIndex(-1).Text(text)
}

// tagBadge marks the evidence behind a statement, in words and not by
// colour alone.
func tagBadge(t policy.Tag) app.UI {
	label, title := "", ""
	switch t {
	case policy.TagPrimary:
		label, title = "P", "Primary source"
	case policy.TagSecondary:
		label, title = "S", "Secondary source: news or NGO report"
	case policy.TagDerived:
		label, title = "D", "Derived: inferred from cited facts, no source states it"
	default:
		label, title = "UNVERIFIED", "Unverified: no source was found"
	}
	return app.Span().Class("tag tag-"+string(t)).Title(title).Body(
		app.Span().Class("visually-hidden").Text(title+": "),
		app.Span().Aria("hidden", "true").Text("["+label+"]"),
	)
}

// sourceLinks lists source keys as links to the reference list.
func sourceLinks(keys []string) app.UI { return sourceLinksIn("", keys) }

// sourceLinksIn lists source keys as links to the reference list; inside
// an embed (prefix set) they open outside the frame.
func sourceLinksIn(prefix string, keys []string) app.UI {
	return app.Span().Class("source-keys").Body(
		app.Range(keys).Slice(func(i int) app.UI {
			sep := app.Text("")
			if i > 0 {
				sep = app.Text(", ")
			}
			title := keys[i]
			if s, ok := policy.SourceByKey(keys[i]); ok {
				title = s.Title
			}
			if keys[i] == "FS" {
				return app.Span().Body(sep, link(prefix, "/sources#fact-sheet").Text(factSheetName()))
			}
			return app.Span().Body(sep, link(prefix, "/sources#src-"+keys[i]).Class("source-key").Title(title).Text(keys[i]))
		}),
	)
}

// link is a link to a page of the site. Inside an embed (prefix set), a
// link that leaves the embedded pages opens in a new tab: the rest of the
// site may not be framed, and the host page must not fill with it.
func link(prefix, path string) app.HTMLA {
	a := app.A().Href(href(path))
	if prefix != "" && !strings.HasPrefix(path, prefix+"/") && !strings.HasPrefix(path, "#") {
		a = a.Target("_blank").Rel("noopener")
	}
	return a
}
