package server

import (
	"net/http"
	"strings"
	"testing"

	"github.com/apl-explorer/explorer/components"
	"github.com/apl-explorer/explorer/policy"
)

// No response sets a cookie, every response withholds the referrer, and
// no page names another site in a script, style, image, font, frame or
// connection source: answers live in the URL only and nothing leaves the
// origin.
func TestPrivacy(t *testing.T) {
	h := newTestSite(t, testConfig(t, testWebDir(t))).handler()
	paths := append([]string{"/nope", "/ask/use/bogus", "/web/app.css", "/policy.json"}, goAppFiles...)
	paths = append(paths, everyPage(t)...)
	for _, p := range paths {
		rec := do(h, http.MethodGet, p)
		if c := rec.Header().Values("Set-Cookie"); len(c) > 0 {
			t.Errorf("%s sets a cookie: %v", p, c)
		}
		if rp := rec.Header().Get("Referrer-Policy"); rp != "no-referrer" {
			t.Errorf("%s: Referrer-Policy %q", p, rp)
		}
		if !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
			continue
		}
		body := rec.Body.String()
		for _, attr := range []string{`src="http`, `src="//`, `href="//`, `<link rel="preconnect"`} {
			if strings.Contains(body, attr) {
				t.Errorf("%s: page loads from another origin (%s)", p, attr)
			}
		}
		// Stylesheets, scripts and icons are local; outbound <a> links to
		// sources are allowed (they are navigations the reader chooses).
		for _, tag := range []string{`<link rel="stylesheet" href="http`, `<script src="http`, `<link rel="icon" href="http`} {
			if strings.Contains(body, tag) {
				t.Errorf("%s: %s", p, tag)
			}
		}
	}
}

// everyPage lists every page of the route table (components.Pages) at
// each of its paths, and every state of a page with states, embedded
// forms included: a page added to the table is visited by the tests that
// use this without an edit.
func everyPage(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, p := range components.Pages {
		if !p.States {
			out = append(out, p.Paths()...)
			continue
		}
		for _, at := range p.Paths() {
			n := 0
			for _, st := range policy.AllPaths() {
				if p.Has(strings.TrimSuffix(at, p.Path) + st) {
					out = append(out, strings.TrimSuffix(at, p.Path)+st)
					n++
				}
			}
			if n == 0 {
				t.Fatalf("page %q has states but policy.AllPaths has none under %s", p.Name, at)
			}
		}
	}
	return out
}
