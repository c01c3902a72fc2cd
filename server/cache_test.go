package server

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

// A page served from the cache is byte for byte the rendered page, with
// the same headers, and answers a matching ETag with 304; pages that are
// not 200 are never kept.
func TestPageCache(t *testing.T) {
	s := newTestSite(t, testConfig(t, testWebDir(t)))
	h := s.handler()
	for _, p := range []string{"/ask/use/apl/korea", "/explore", "/embed/ask/use"} {
		first := do(h, http.MethodGet, p)
		second := do(h, http.MethodGet, p)
		if first.Code != 200 || second.Code != 200 || first.Body.String() != second.Body.String() {
			t.Fatalf("%s: %d then %d, bodies equal: %v", p, first.Code, second.Code, first.Body.String() == second.Body.String())
		}
		for _, k := range []string{"Content-Type", "Content-Length", "Content-Security-Policy", "ETag", "Cache-Control"} {
			if first.Header().Get(k) != second.Header().Get(k) {
				t.Errorf("%s: header %s %q then %q", p, k, first.Header().Get(k), second.Header().Get(k))
			}
		}
		if etag := second.Header().Get("ETag"); etag != "" {
			if nm := do(h, http.MethodGet, p, "If-None-Match", etag); nm.Code != http.StatusNotModified || nm.Body.Len() != 0 {
				t.Errorf("%s: If-None-Match gave %d with %d bytes", p, nm.Code, nm.Body.Len())
			}
		}
	}
	do(h, http.MethodGet, "/ask/use/bogus")
	do(h, http.MethodGet, "/nope")
	n := 0
	s.pages.Range(func(k, _ any) bool {
		n++
		if k == "/ask/use/bogus" || k == "/nope" {
			t.Errorf("%s was cached", k)
		}
		return true
	})
	if n != 3 {
		t.Errorf("cache holds %d pages, want 3", n)
	}
}

// Pages and text assets travel compressed when the client accepts it,
// and decode to the same bytes.
func TestTextCompressed(t *testing.T) {
	h := testHandler(t)
	for _, p := range []string{"/sources", "/ask/use/apl/korea", "/app.js", "/web/app.css", "/policy.json"} {
		plain := do(h, http.MethodGet, p)
		for _, enc := range []string{"br", "gzip"} {
			rec := do(h, http.MethodGet, p, "Accept-Encoding", enc)
			if rec.Header().Get("Content-Encoding") != enc || !strings.Contains(rec.Header().Get("Vary"), "Accept-Encoding") {
				t.Errorf("%s: Content-Encoding %q, Vary %q; want %s", p, rec.Header().Get("Content-Encoding"), rec.Header().Get("Vary"), enc)
				continue
			}
			var r io.Reader = brotli.NewReader(rec.Body)
			if enc == "gzip" {
				zr, err := gzip.NewReader(rec.Body)
				if err != nil {
					t.Fatal(err)
				}
				r = zr
			}
			got, err := io.ReadAll(r)
			if err != nil || !bytes.Equal(got, plain.Body.Bytes()) {
				t.Errorf("%s (%s): decoded body differs (err %v)", p, enc, err)
			}
			if rec.Header().Get("Content-Length") != strconv.Itoa(rec.Body.Len()) && rec.Body.Len() > 0 {
				t.Errorf("%s (%s): Content-Length %s for %d bytes", p, enc, rec.Header().Get("Content-Length"), rec.Body.Len())
			}
		}
	}
}
