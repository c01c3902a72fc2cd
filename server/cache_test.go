package server

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

// A page served from the cache is byte for byte the rendered page, with
// the same headers, and answers a matching ETag with 304; pages that are
// not 200 are never kept.
func TestPageCache(t *testing.T) {
	s, h := testSite(t)
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

// Every file a page links (go-app's app.css, app.js, wasm_exec.js and
// manifest, and those of web/) carries its content hash and is cached for
// a year at that address, so that a step's page load asks the server for
// the page only (issue 15, item 8); the same file without its hash, and
// the service worker, are revalidated.
func TestLinkedFilesImmutable(t *testing.T) {
	h := testHandler(t)
	page := do(h, http.MethodGet, "/ask/use").Body.String()
	links := regexp.MustCompile(`<(?:link|script)[^>]*>`).FindAllString(page, -1)
	seen := map[string]bool{}
	for _, tag := range links {
		// Pages in other languages are pages, not files (go-app writes
		// attributes in any order).
		m := regexp.MustCompile(` (?:href|src)="(/[^"]*)"`).FindStringSubmatch(tag)
		if m == nil || strings.Contains(tag, `rel="alternate"`) {
			continue
		}
		u := m[1]
		p, v, _ := strings.Cut(u, "?v=")
		seen[p] = true
		if v == "" {
			t.Errorf("the page links %s without its content hash", u)
			continue
		}
		rec := do(h, http.MethodGet, u)
		if cc := rec.Header().Get("Cache-Control"); rec.Code != 200 || cc != "public, max-age=31536000, immutable" {
			t.Errorf("%s: %d, Cache-Control %q; want 200, cached for a year", u, rec.Code, cc)
		}
		if cc := do(h, http.MethodGet, p).Header().Get("Cache-Control"); cc != "no-cache" {
			t.Errorf("%s without its hash: Cache-Control %q, want no-cache", p, cc)
		}
	}
	for _, want := range []string{"/app.css", "/app.js", "/wasm_exec.js", "/manifest.webmanifest", "/web/app.css", "/web/loader.js"} {
		if !seen[want] {
			t.Errorf("the page does not link %s: %q", want, links)
		}
	}
	if seen[workerPath] || strings.Contains(page, workerPath+"?v=") {
		t.Errorf("the page links the service worker by a versioned name")
	}
	if js := do(h, http.MethodGet, "/app.js").Body.String(); !strings.Contains(js, `"/app-worker.js"`) {
		t.Errorf("app.js registers the worker by another name than %s", workerPath)
	}
	if cc := do(h, http.MethodGet, workerPath+"?v=x").Header().Get("Cache-Control"); cc != "no-cache" {
		t.Errorf("the worker: Cache-Control %q, want no-cache", cc)
	}
}
