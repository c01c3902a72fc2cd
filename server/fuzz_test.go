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
		path := req.URL.EscapedPath()
		for _, prefix := range []string{"/embed", ""} {
			rest, ok := strings.CutPrefix(path, prefix)
			if !ok || (rest != "/ask" && !strings.HasPrefix(rest, "/ask/")) {
				continue
			}
			st, err := policy.ParsePath(rest)
			if err != nil || st.Path != rest {
				t.Fatalf("%q answered 200 but is not canonical (canonical %q, err %v)", p, st.Path, err)
			}
			return
		}
	})
}
