package server

import (
	"net/http"
	"strings"
	"testing"

	"github.com/apl-explorer/explorer/components"
	"github.com/apl-explorer/explorer/policy"
)

// Every page, in every language, says its language and direction on
// <html> and lists the same page in every language as an alternate.
func TestPageLanguage(t *testing.T) {
	h := testHandler(t)
	for _, l := range policy.Languages() {
		for _, p := range []string{"/", "/ask/use", "/about"} {
			path := components.LangPrefix(l) + p
			if p == "/" && l.ID != "en" {
				path = components.LangPrefix(l) + "/"
			}
			rec := do(h, http.MethodGet, path)
			body := rec.Body.String()
			if rec.Code != http.StatusOK {
				t.Fatalf("%s: %d", path, rec.Code)
			}
			if want := `<html lang="` + l.ID + `" dir="` + l.Dir + `"`; !strings.Contains(body, want) {
				t.Errorf("%s: no %s", path, want)
			}
			c, _ := policy.CatalogFor(l.ID)
			if bad := c.Text("wizard.bad.title"); strings.Contains(body, bad) {
				t.Errorf("%s: drawn as a bad link (%q)", path, bad)
			}
			if p == "/ask/use" && !strings.Contains(body, c.QuestionTextIn(policy.Device, policy.Answers{policy.Activity: "use"})) {
				t.Errorf("%s: not the device question in %s", path, l.ID)
			}
			// Without an origin, no alternates: hreflang addresses must be
			// absolute (TestAlternates checks them with one).
			if strings.Contains(body, `rel="alternate" hreflang=`) {
				t.Errorf("%s: hreflang alternates without an origin", path)
			}
		}
	}
}

// The language prefix decides, never the request: /en/… and /fr answer
// 308; a prefix that is no language, or written otherwise, is no page.
func TestLanguagePrefixes(t *testing.T) {
	h := testHandler(t)
	for path, want := range map[string]string{"/en/ask/use": "/ask/use", "/en": "/", "/en/": "/"} {
		rec := do(h, http.MethodGet, path)
		if rec.Code != http.StatusPermanentRedirect || rec.Header().Get("Location") != want {
			t.Errorf("%s: %d to %q, want 308 to %q", path, rec.Code, rec.Header().Get("Location"), want)
		}
	}
	for _, l := range policy.Languages()[1:] {
		rec := do(h, http.MethodGet, "/"+l.ID)
		if rec.Code != http.StatusPermanentRedirect || rec.Header().Get("Location") != "/"+l.ID+"/" {
			t.Errorf("/%s: %d to %q", l.ID, rec.Code, rec.Header().Get("Location"))
		}
	}
	for _, path := range []string{"/xx/", "/xx/ask/use", "/EN/ask", "/en%2Fask", "/ask/en", "/fr/fr/", "/FR/", "/fr%2Fask", "/fr/xx", "/fr/embed/fr/ask", "/ar/web/app.css"} {
		if code := do(h, http.MethodGet, path).Code; code != http.StatusNotFound {
			t.Errorf("%s: %d, want 404", path, code)
		}
	}
}

// With an origin, the sitemap lists every page in every language with
// absolute addresses; without one there is none.
// TestAlternates checks the hreflang alternates with the site's origin
// set: every language and x-default, each an absolute address of the same
// page (Lighthouse's seo/hreflang fails a relative one).
func TestAlternates(t *testing.T) {
	cfg := testConfig(t, testWebDir(t))
	cfg.Origin = "https://mines.example"
	h := newTestSite(t, cfg).handler()
	for _, l := range policy.Languages() {
		path := components.LangPrefix(l) + "/ask/use"
		body := do(h, http.MethodGet, path).Body.String()
		for _, other := range policy.Languages() {
			want := `<link rel="alternate" hreflang="` + other.ID + `" href="https://mines.example` + components.LangPrefix(other) + `/ask/use">`
			if !strings.Contains(body, want) {
				t.Errorf("%s: no %s", path, want)
			}
		}
		if want := `<link rel="alternate" hreflang="x-default" href="https://mines.example/ask/use">`; !strings.Contains(body, want) {
			t.Errorf("%s: no %s", path, want)
		}
	}
}

func TestSitemap(t *testing.T) {
	cfg := testConfig(t, testWebDir(t))
	cfg.Origin = "https://mines.example"
	h := newTestSite(t, cfg).handler()
	body := do(h, http.MethodGet, "/sitemap.xml").Body.String()
	for _, want := range []string{"<loc>https://mines.example/</loc>", "<loc>https://mines.example/ask/use/apl/korea</loc>", "<loc>https://mines.example/as-of/2014-09-23/ask</loc>"} {
		if !strings.Contains(body, want) {
			t.Errorf("sitemap lacks %s", want)
		}
	}
	if strings.Contains(body, "/embed/") {
		t.Error("the sitemap lists embedded pages")
	}
	if code := do(testHandler(t), http.MethodGet, "/sitemap.xml").Code; code != http.StatusNotFound {
		t.Errorf("without an origin: /sitemap.xml answered %d", code)
	}
}
