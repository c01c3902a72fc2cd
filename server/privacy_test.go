package server

import (
	"net/http"
	"strings"
	"testing"

	"github.com/apl-explorer/explorer/policy"
)

// No response sets a cookie, every response withholds the referrer, and
// no page names another site in a script, style, image, font, frame or
// connection source: answers live in the URL only and nothing leaves the
// origin.
func TestPrivacy(t *testing.T) {
	h := newTestSite(t, testConfig(t, testWebDir(t))).handler()
	paths := append([]string{"/", "/explore", "/sources", "/about", "/nope", "/ask/use/bogus",
		"/app.js", "/app-worker.js", "/manifest.webmanifest", "/web/app.css", "/policy.json"}, policy.AllPaths()...)
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
