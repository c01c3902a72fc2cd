package server

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/apl-explorer/explorer/policy"
)

// FuzzHandler sends arbitrary paths to the whole handler: no panic, no
// 5xx, and every wizard page answered 200 is at its canonical path.
func FuzzHandler(f *testing.F) {
	for _, p := range []string{
		"/", "/ask", "/ask/use/apl/korea", "/ask/korea/apl/use", "/ask/use/bogus",
		"/ask/use/develop", "/ask/use/", "/ask//use", "/ask/USE", "/ask/%75se",
		"/embed/ask/use", "/embed/ask/clear/apl", "/nope", "/web/../go.mod",
		"/web/%2e%2e/go.mod", "/web/app.css", "/app.js", "/policy.json",
		"/ask/" + strings.Repeat("use/", 80), "/%00", "/ask/use%2fapl",
		"/fr/", "/fr", "/fr/ask/use", "/xx/", "/fr/fr/", "/FR/", "/fr%2Fask", "/en/ask",
		"/ar/embed/ask/use", "/ko/as-of/2014-09-23/ask/use", "/uk/as-of/2099-01-01/ask",
	} {
		f.Add(p)
	}
	h := testHandler(f)
	f.Fuzz(func(t *testing.T, p string) {
		req, err := http.NewRequest(http.MethodGet, "http://explorer.test"+p, nil)
		if err != nil || req.URL.Host != "explorer.test" {
			return // not a request a client could send
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("%q: status %d", p, rec.Code)
		}
		if rec.Code != http.StatusOK {
			return
		}
		// A page answered 200 is at its canonical address: a language
		// prefix, then /embed, then a canonical wizard URL (as of a date).
		_, path := policy.LanguageOfPath(req.URL.EscapedPath())
		for _, prefix := range []string{"/embed", ""} {
			rest, ok := strings.CutPrefix(path, prefix)
			if !ok || (!strings.HasPrefix(rest, "/ask") && !strings.HasPrefix(rest, policy.AsOfSegment)) {
				continue
			}
			st, err := policy.ParseURL(rest, "2026-11-30")
			if err != nil || st.URL() != rest {
				t.Fatalf("%q answered 200 but is not canonical (canonical %q, err %v)", p, st.URL(), err)
			}
			return
		}
	})
}
