// Package components is the explorer's user interface, built with go-app:
// one component per page, each drawing what the policy package derives.
// Nothing here decides anything about the policy.
package components

import (
	"regexp"
	"strings"

	"github.com/apl-explorer/explorer/policy"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Page is one entry of the route table.
type Page struct {
	// Name names the page in tests and logs: "home", "wizard".
	Name string
	// Path is the page's path. A page with States also answers every path
	// below it ("/ask/use/apl"): the wizard's states, judged by the
	// policy.
	Path   string
	States bool
	// Embed says the page is also served chrome-less under EmbedPrefix,
	// for other sites' frames.
	Embed bool
	// Static says the page is prerendered only: a reference page, opened
	// by a full page load, whose drawing app.wasm does not carry (issue
	// 14: the reference pages cost the download nothing). Its links work
	// as they are; app.wasm never starts on it.
	Static bool
	// New makes the component that draws the page.
	New func() app.Composer
}

// Pages is the route table: every page of the explorer, once. It drives
// go-app's routes (Register), the server's routes and page detection
// (IsPage), the static site (StaticPaths) and the tests that visit every
// page, which fail when a page here is left out of them.
var Pages = []Page{
	{Name: "home", Path: "/", New: func() app.Composer { return &Home{} }},
	{Name: "wizard", Path: "/ask", States: true, Embed: true, New: func() app.Composer { return &Wizard{} }},
	{Name: "explore", Path: "/explore", Embed: true, Static: true, New: staticPage[Explore]()},
	{Name: "sources", Path: "/sources", Static: true, New: staticPage[Sources]()},
	{Name: "history", Path: "/history", Static: true, New: staticPage[History]()},
	{Name: "cases", Path: "/cases", Static: true, New: staticPage[Cases]()},
	{Name: "about", Path: "/about", Static: true, New: staticPage[About]()},
}

// Paths lists where the page is served: its path and, for an embeddable
// page, the same under EmbedPrefix.
func (p Page) Paths() []string {
	if p.Embed {
		return []string{p.Path, EmbedPrefix + p.Path}
	}
	return []string{p.Path}
}

// Has reports whether path is one of the page's paths, or for a page with
// states a path below one of them. Whether a state path is valid is the
// policy's to say; the wizard draws the error of a bad one.
func (p Page) Has(path string) bool {
	if l, rest := policy.LanguageOfPath(path); l.ID != policy.Languages()[0].ID {
		if rest == "/" && !strings.HasSuffix(path, "/") {
			return false // "/fr" is not a page: it answers 308 to "/fr/"
		}
		path = rest
	}
	for _, at := range p.Paths() {
		if path == at || (p.States && strings.HasPrefix(path, at+"/")) {
			return true
		}
	}
	if p.States {
		_, rest := splitEmbed(path)
		if r, ok := strings.CutPrefix(rest, policy.AsOfSegment); ok {
			if _, after, ok := strings.Cut(r, "/"); ok {
				return p.Has("/" + after)
			}
		}
	}
	return false
}

// asOfPattern matches the as-of form of a page with states, embedded or
// not: /as-of/{date}/ask/… (docs/POLICY.md).
func (p Page) asOfPattern() string {
	return `(` + regexp.QuoteMeta(EmbedPrefix) + `)?` + regexp.QuoteMeta(policy.AsOfSegment) + `[^/]*` + regexp.QuoteMeta(p.Path) + `(/.*)?$`
}

// LangPrefix is the path prefix of a language: "" for English, which is
// unprefixed, "/fr" for French (docs/POLICY.md, URLs).
func LangPrefix(l policy.Language) string {
	if l.ID == policy.Languages()[0].ID {
		return ""
	}
	return "/" + l.ID
}

// PathsIn lists where the page is served in a language: "/fr/", "/fr/ask".
func (p Page) PathsIn(l policy.Language) []string {
	var out []string
	for _, at := range p.Paths() {
		if pre := LangPrefix(l); pre != "" && at == "/" {
			out = append(out, pre+"/")
		} else {
			out = append(out, pre+at)
		}
	}
	return out
}

// Register tells go-app which component draws which path, in every
// language. The server and the browser both call it at start-up, so they
// route alike; the browser, which holds only its page's catalog, loads a
// page in another language in full (fullLoad).
func Register() {
	var f followed
	if app.IsClient {
		f.listen()
	}
	for _, l := range policy.Languages() {
		pre := LangPrefix(l)
		_, err := policy.CatalogFor(l.ID)
		for _, p := range Pages {
			newPage := f.route(p.New)
			if err != nil {
				newPage = f.route(func() app.Composer { return &fullLoad{} })
			}
			for _, at := range p.PathsIn(l) {
				if p.States {
					app.RouteWithRegexp(`^`+regexp.QuoteMeta(at)+`(/.*)?$`, newPage)
				} else {
					app.Route(at, newPage)
				}
			}
			if p.States {
				app.RouteWithRegexp(`^`+regexp.QuoteMeta(pre)+p.asOfPattern(), newPage)
			}
		}
	}
	// Last: every other path draws the app's own 404 page (the server sets
	// the status; see IsPage), on the server as in the browser. go-app
	// v10.1.11 never reads app.NotFound: a catch-all route is the way.
	app.RouteWithRegexp(`^/`, f.route(func() app.Composer { return &NotFound{} }))
}

// IsPage reports whether a path is one of the explorer's pages (a wizard
// path, even a bad one, draws its own error page). The server answers
// every other path with the 404 page and status 404.
func IsPage(path string) bool {
	for _, p := range Pages {
		if p.Has(path) {
			return true
		}
	}
	return false
}

// StaticPaths lists the paths of the pages without states, embedded
// forms included, for the static site and the tests.
func StaticPaths() []string {
	var out []string
	for _, l := range policy.Languages() {
		for _, p := range Pages {
			if !p.States {
				out = append(out, p.PathsIn(l)...)
			}
		}
	}
	return out
}

// fullLoad stands, in the browser, for a page in a language whose catalog
// this page load does not hold: once go-app has put its address in the
// history, the page is loaded in full, in its own language.
type fullLoad struct {
	app.Compo
	vw      view
	offline bool
}

func (f *fullLoad) OnNav(ctx app.Context) {
	f.vw = viewFor(ctx)
	if !app.IsClient {
		return
	}
	// Offline, a page that is not saved cannot be loaded: say so rather
	// than reload into the same answer.
	if !app.Window().Get("navigator").Get("onLine").Bool() {
		f.offline = true
		return
	}
	app.Window().Get("location").Call("reload")
}

func (f *fullLoad) Render() app.UI {
	if !f.offline {
		return app.Div()
	}
	return f.vw.page("", heading(f.vw.T("offline.page.title")), app.P().Text(f.vw.T("offline.page.back")))
}

// IsStatic reports whether the page at a site path is prerendered only,
// in any language, embedded or not.
func IsStatic(path string) bool {
	_, rest := policy.LanguageOfPath(path)
	rest = strings.TrimPrefix(rest, EmbedPrefix)
	rest, _, _ = strings.Cut(rest, "#")
	for _, p := range Pages {
		if p.Static && p.Path == rest {
			return true
		}
	}
	return false
}
