package server

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

func TestStatus(t *testing.T) {
	h := testHandler(t)
	tests := []struct {
		method, path string
		want         int
		location     string
	}{
		{"GET", "/", 200, ""},
		{"HEAD", "/", 200, ""},
		{"GET", "/ask", 200, ""},
		{"GET", "/ask/use/apl/korea", 200, ""},
		{"GET", "/ask/korea/apl/use", 308, "/ask/use/apl/korea"},
		{"GET", "/ask/korea/apl/use?lang=en", 308, "/ask/use/apl/korea?lang=en"},
		{"GET", "/ask/clear/apl", 308, "/ask/clear"},
		{"GET", "/embed/ask/korea/apl/use", 308, "/embed/ask/use/apl/korea"},
		{"GET", "/ask/use/bogus", 404, ""},
		{"GET", "/ask/use/develop", 404, ""},
		{"GET", "/ask/use/", 404, ""},
		{"GET", "/asking", 404, ""},
		{"GET", "/nope", 404, ""},
		{"GET", "/web/", 404, ""},
		{"GET", "/web/nope.css", 404, ""},
		{"GET", "/web/icon.svg", 200, ""},
		{"GET", "/robots.txt", 200, ""},
		{"GET", "/sitemap.xml", 404, ""},
		{"GET", "/app.js", 200, ""},
		{"GET", "/app-worker.js", 200, ""},
		{"GET", "/manifest.webmanifest", 200, ""},
		{"GET", "/wasm_exec.js", 200, ""},
		{"GET", "/app.css", 200, ""},
		{"GET", "/policy.json", 200, ""},
		{"GET", "/policy.dot", 200, ""},
		{"POST", "/", 405, ""},
		{"PUT", "/ask", 405, ""},
		{"DELETE", "/web/icon.svg", 405, ""},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			rec := do(h, tt.method, tt.path)
			if rec.Code != tt.want {
				t.Fatalf("status %d, want %d (body %.80q)", rec.Code, tt.want, rec.Body.String())
			}
			if got := rec.Header().Get("Location"); got != tt.location {
				t.Errorf("Location %q, want %q", got, tt.location)
			}
			if tt.want == 405 && rec.Header().Get("Allow") != "GET, HEAD" {
				t.Errorf("Allow %q", rec.Header().Get("Allow"))
			}
			if tt.method == "GET" && tt.want == 200 && !strings.HasPrefix(tt.path, "/web/") && !strings.HasPrefix(tt.path, "/policy.") && tt.path != "/robots.txt" {
				if cl := rec.Header().Get("Content-Length"); cl != strconv.Itoa(rec.Body.Len()) {
					t.Errorf("Content-Length %s for a %d-byte body", cl, rec.Body.Len())
				}
			}
		})
	}
}

// A wizard path that is wrong must be a 404 even when the client sends the
// version as If-None-Match (go-app would answer 304 for any path).
func TestNotFoundIgnoresVersionETag(t *testing.T) {
	s, h := testSite(t)
	etag := `"` + s.version + `"`
	if rec := do(h, "GET", "/", "If-None-Match", etag); rec.Code != http.StatusNotModified {
		t.Errorf("/ with the current ETag: %d, want 304", rec.Code)
	}
	if rec := do(h, "GET", "/ask/use/bogus", "If-None-Match", etag); rec.Code != http.StatusNotFound {
		t.Errorf("bad wizard path with the current ETag: %d, want 404", rec.Code)
	}
}

func TestTraversal(t *testing.T) {
	h := testHandler(t)
	for _, p := range []string{
		"/web/../go.mod",
		"/web/%2e%2e/go.mod",
		"/web/%2E%2E/go.mod",
		"/web/..%2fgo.mod",
		"/web/..%5cgo.mod",
		"/web/..%5c..%5cgo.mod",
		"/web/%252e%252e/go.mod",
		"/web/./icon.svg",
		"/web/icon.svg%00.png",
		"/../go.mod",
		"/web//../../server/handler.go",
	} {
		rec := do(h, "GET", p)
		if rec.Code == http.StatusOK || contains(rec.Body.Bytes(), "module github.com") ||
			contains(rec.Body.Bytes(), "package server") {
			t.Errorf("%s: status %d, body %.60q", p, rec.Code, rec.Body.String())
		}
	}
}

// A symbolic link in web/ must not lead outside it.
func TestSymlinkNotFollowedOutOfWeb(t *testing.T) {
	web := testWebDir(t)
	abs, err := filepath.Abs("../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(abs, filepath.Join(web, "gomod.txt")); err != nil {
		t.Skip("no symlinks:", err)
	}
	h := newTestSite(t, testConfig(t, web)).handler()
	rec := do(h, "GET", "/web/gomod.txt")
	if rec.Code == http.StatusOK || contains(rec.Body.Bytes(), "module ") {
		t.Errorf("symlink served: %d %.60q", rec.Code, rec.Body.String())
	}
}

func TestWasmPrecompressed(t *testing.T) {
	web := testWebDir(t)
	// A damaged cached app.wasm.<hash>.br must be ignored, not served.
	cfg := testConfig(t, web)
	cfg.CacheDir = t.TempDir()
	stale, err := compressBrotli([]byte("\x00asm old build"), 1)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(fakeWasm())
	writeFile(t, filepath.Join(cfg.CacheDir, "app.wasm."+hex.EncodeToString(sum[:8])+".br"), stale)
	s := newTestSite(t, cfg)
	h := s.handler()
	raw := fakeWasm()
	hash := s.assets.byName[wasmName].tag

	decode := map[string]func(io.Reader) (io.Reader, error){
		"br":   func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil },
		"gzip": func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) },
		"":     func(r io.Reader) (io.Reader, error) { return r, nil },
	}
	for _, tt := range []struct {
		accept, want string
	}{
		{"gzip, deflate, br, zstd", "br"},
		{"br", "br"},
		{"gzip", "gzip"},
		{"br;q=0, gzip", "gzip"},
		{"*", "br"},
		{"", ""},
		{"identity", ""},
		{"gzip;q=0, br;q=0", ""},
	} {
		rec := do(h, "GET", "/web/app.wasm?v="+hash, "Accept-Encoding", tt.accept)
		hd := rec.Header()
		if rec.Code != 200 {
			t.Fatalf("%q: status %d", tt.accept, rec.Code)
		}
		if got := hd.Get("Content-Encoding"); got != tt.want {
			t.Errorf("Accept-Encoding %q: Content-Encoding %q, want %q", tt.accept, got, tt.want)
		}
		if hd.Get("Content-Type") != "application/wasm" {
			t.Errorf("Content-Type %q", hd.Get("Content-Type"))
		}
		if hd.Get("Vary") != "Accept-Encoding" {
			t.Errorf("Vary %q", hd.Get("Vary"))
		}
		if hd.Get("Cache-Control") != "public, max-age=31536000, immutable" {
			t.Errorf("versioned URL: Cache-Control %q", hd.Get("Cache-Control"))
		}
		if hd.Get("Content-Length") != strconv.Itoa(rec.Body.Len()) {
			t.Errorf("Content-Length %q for %d bytes", hd.Get("Content-Length"), rec.Body.Len())
		}
		r, err := decode[tt.want](bytes.NewReader(rec.Body.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(r)
		if err != nil || !bytes.Equal(got, raw) {
			t.Errorf("%q: body does not decode to app.wasm (err %v, %d bytes)", tt.accept, err, len(got))
		}
		// Revalidation with the representation's ETag.
		if rec2 := do(h, "GET", "/web/app.wasm", "Accept-Encoding", tt.accept, "If-None-Match", hd.Get("ETag")); rec2.Code != http.StatusNotModified {
			t.Errorf("%q: revalidation %d, want 304", tt.accept, rec2.Code)
		}
	}
	// Unversioned or wrongly versioned URLs must be revalidated.
	for _, u := range []string{"/web/app.wasm", "/web/app.wasm?v=0123"} {
		if cc := do(h, "GET", u).Header().Get("Cache-Control"); cc != "no-cache" {
			t.Errorf("%s: Cache-Control %q, want no-cache", u, cc)
		}
	}
	if s.app.WasmContentLength != strconv.Itoa(len(raw)) {
		t.Errorf("WasmContentLength %q, want %d", s.app.WasmContentLength, len(raw))
	}
	if js := do(h, "GET", "/app.js").Body.String(); !strings.Contains(js, strconv.Itoa(len(raw))) ||
		!strings.Contains(js, "/web/app.wasm?v="+hash) {
		t.Errorf("app.js lacks the wasm length or versioned URL")
	}
}

func TestPagesAreMinifiedAndComplete(t *testing.T) {
	h := testHandler(t)
	rec := do(h, "GET", "/ask/use/apl/korea")
	body := rec.Body.String()
	if ct := rec.Header().Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	if !strings.HasSuffix(strings.TrimSpace(body), "</html>") {
		t.Errorf("page is truncated: ends %q", body[max(0, len(body)-40):])
	}
	if head, _, _ := strings.Cut(body, "</head>"); strings.Contains(head, "\n") {
		t.Errorf("page head is not minified")
	}
	for _, want := range []string{
		`href="/web/loader.css?v=`, `src="/web/loader.js?v=`, `href="data:image/svg+xml;base64,`,
		`content="https://explorer.test/ask/use/apl/korea"`, `href="/manifest.webmanifest?v=`, `src="/app.js?v=`, `src="/wasm_exec.js?v=`, `href="/app.css?v=`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if strings.Contains(body, "https:///") || strings.Contains(body, "githubusercontent") {
		t.Errorf("page refers to an empty domain or a remote icon")
	}
}

func TestManifest(t *testing.T) {
	for _, base := range []string{"/", "/explorer/"} {
		cfg := testConfig(t, testWebDir(t))
		cfg.Base = base
		h := newTestSite(t, cfg).handler()
		m := do(h, "GET", "/manifest.webmanifest").Body.String()
		for _, want := range []string{`"scope":"` + base + `"`, `"start_url":"` + base + `"`,
			`"name":"Landmine Policy Explorer"`, `"short_name":"APL Explorer"`, `"purpose":"maskable"`,
			`"src":"` + base + `web/icon-maskable-512.png?v=`, `"theme_color":"#1d3557"`} {
			if !strings.Contains(m, want) {
				t.Errorf("base %s: manifest lacks %s: %s", base, want, m)
			}
		}
		if strings.Contains(m, "http") {
			t.Errorf("manifest has a remote URL: %s", m)
		}
	}
}
