package server

import (
	"fmt"
	"html"
	"strings"

	"github.com/apl-explorer/explorer/components"
	"github.com/apl-explorer/explorer/policy"
)

// OfflinePage is where a language's offline page is kept among web/'s
// files: the service worker shows it, offline, at the address of a page
// in that language that is not on the device while the app that draws
// every page (app.wasm) is not either (server/worker.js).
func OfflinePage(lang string) string { return "/web/offline-" + lang + ".html" }

// addOfflinePages writes one offline page per language from its catalog,
// in its language and direction from the first paint. Its links are
// relative: the worker sets the base to the site's address.
func (a *assets) addOfflinePages() error {
	for _, l := range policy.Languages() {
		c, err := policy.CatalogFor(l.ID)
		if err != nil {
			return fmt.Errorf("offline page for %s: %w", l.ID, err)
		}
		t := func(key string) string { return html.EscapeString(c.Text(key)) }
		pre := strings.TrimPrefix(components.LangPrefix(l)+"/", "/")
		var b strings.Builder
		fmt.Fprintf(&b, `<!doctype html><html lang="%s" dir="%s"><head><meta charset="utf-8">`, l.ID, l.Dir)
		// An empty icon: offline, no request for /favicon.ico.
		b.WriteString(`<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><link rel="icon" href="data:,"><base href="/">`)
		fmt.Fprintf(&b, `<title>%s · %s</title>`, t("offline.page.title"), t("site.name"))
		b.WriteString(`<link rel="stylesheet" href="web/app.css"></head><body><div class="site">`)
		fmt.Fprintf(&b, `<header class="site-header"><div class="wrap header-inner"><a class="brand" href="%s">%s</a></div></header>`, pre, t("site.name"))
		fmt.Fprintf(&b, `<main id="main" class="wrap offline-page"><h1 id="main-heading">%s</h1><p>%s</p><p>%s</p><ul>`,
			t("offline.page.title"), t("offline.page.text"), t("offline.page.saved"))
		for _, link := range []struct{ path, key string }{{"", "nav.home"}, {"ask", "nav.ask"}, {"explore", "nav.explore"}, {"sources", "nav.sources"}, {"about", "nav.about"}} {
			fmt.Fprintf(&b, `<li><a href="%s%s">%s</a></li>`, pre, link.path, t(link.key))
		}
		fmt.Fprintf(&b, `</ul><p>%s</p></main></div></body></html>`, t("offline.page.back"))
		body := []byte(b.String())
		a.byName[OfflinePage(l.ID)] = newResponse(htmlType, body, contentTag(body))
	}
	return nil
}
