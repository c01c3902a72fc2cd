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

// navItem is one link of the site navigation: its path and the catalog
// key of its label.
type navItem struct{ href, label string }

var nav = []navItem{
	{"/", "nav.home"},
	{"/ask", "nav.ask"},
	{"/explore", "nav.explore"},
	{"/history", "nav.history"},
	{"/sources", "nav.sources"},
	{"/about", "nav.about"},
}

// page draws the site chrome around a page's main content. current is the
// navigation entry to mark as the current page.
func (vw view) page(current string, main ...app.UI) app.UI {
	site := app.Div().Class("site").DataSet("loading", vw.T("loader.label")).DataSet("loading-value", vw.T("loader.value"))
	if IsStatic(current) {
		// app.wasm never starts on a prerendered-only page (server/appjs.go).
		site = site.DataSet("static", "true")
	}
	return site.Body(
		app.A().Class("skip-link").Href("#main").Text(vw.T("nav.skip")),
		&siteHeader{View: vw.home(), Current: current},
		&UpdateBanner{vw: vw},
		// The answer first; on a page in another language than English,
		// once, after the content: the translation is unofficial.
		app.Main().ID("main").Class("wrap").TabIndex(-1).Body(append(main, vw.translationNote())...),
		app.Footer().Class("site-footer").Body(
			app.Div().Class("wrap").Body(
				// Every language, at the foot of every page, so that the
				// answer keeps the first screen.
				vw.languageSwitch(),
				app.P().Body(app.Text(vw.footerStatus()+" "), app.A().Href(vw.href("/about#status")).Text(vw.T("footer.means")), app.Text(vw.T("footer.education"))),
				app.P().Body(
					app.A().Href(vw.href("/sources")).Text(vw.T("nav.sources")),
					app.Text(" · "),
					app.A().Href(vw.href("/history")).Text(vw.c().Text("history.title")),
					app.Text(" · "),
					app.A().Href(vw.href("/cases")).Text(vw.c().Text("cases.title")),
					app.Text(" · "),
					app.A().Href(vw.href("/about")).Text(vw.T("footer.about")),
				),
				// Whether the site is saved for offline use: empty and
				// hidden until web/loader.js knows (it never says "ready"
				// before the service worker does).
				// Its words are the catalog's, for the script to show.
				app.P().ID("offline-state").Class("offline-state").Aria("live", "polite").Hidden(true).
					DataSet("ready", vw.T("offline.ready")).DataSet("saving", vw.T("offline.saving")).
					DataSet("unsaved", vw.T("offline.unsaved")).DataSet("save", vw.T("offline.save")),
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
func (vw view) tagBadge(t policy.Tag) app.UI {
	label, title := string(t), vw.T("tag.title."+string(t))
	if t != policy.TagPrimary && t != policy.TagSecondary && t != policy.TagDerived {
		label, title = "UNVERIFIED", vw.T("tag.title.UNVERIFIED")
	}
	return app.Span().Class("tag tag-"+string(t)).Title(title).Body(
		app.Span().Class("visually-hidden").Text(title+": "),
		app.Span().Aria("hidden", "true").Text("["+label+"]"),
	)
}

// sourceLinks lists source keys as links to the reference list.
func (vw view) sourceLinks(keys []string) app.UI { return vw.sourceLinksIn("", keys) }

// sourceLinksIn lists source keys as links to the reference list; inside
// an embed (prefix set) they open outside the frame.
func (vw view) sourceLinksIn(prefix string, keys []string) app.UI {
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
				return app.Span().Body(sep, vw.link(prefix, "/sources#fact-sheet").Text(vw.factSheetName()))
			}
			return app.Span().Body(sep, vw.link(prefix, "/sources#src-"+keys[i]).Class("source-key").Title(title).Text(keys[i]))
		}),
	)
}

// link is a link to a page of the site. Inside an embed (prefix set), a
// link that leaves the embedded pages opens in a new tab: the rest of the
// site may not be framed, and the host page must not fill with it.
func (vw view) link(prefix, path string) app.HTMLA {
	a := app.A().Href(vw.href(path))
	if prefix != "" && !strings.HasPrefix(path, prefix+"/") && !strings.HasPrefix(path, "#") {
		a = a.Target("_blank").Rel("noopener")
	}
	return a
}

// languageSwitch links the same page in every language, each named in
// its own language and marked with it; a full page load brings the
// other catalog.
func (vw view) languageSwitch() app.UI {
	langs := policy.Languages()
	return app.Nav().Class("lang-switch").Aria("label", vw.T("nav.languages")).Body(
		app.Ul().Body(
			app.Range(langs).Slice(func(i int) app.UI {
				l := langs[i]
				a := app.A().Href(vw.href("/"+l.ID+vw.path)).Lang(l.ID).Attr("hreflang", l.ID).Text(l.Name)
				if l.ID == vw.lang.ID {
					a = a.Aria("current", "true")
				}
				return app.Li().Body(a)
			}),
		),
	)
}
