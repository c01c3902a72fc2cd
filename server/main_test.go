package server

import (
	"bytes"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apl-explorer/explorer/components"
	"github.com/apl-explorer/explorer/policy"
)

// testCacheDir is where the tests keep the fake wasm compressed: every
// site the tests build shares it, so the wasm is compressed once per run.
var testCacheDir string

func TestMain(m *testing.M) {
	components.Register()
	dir, err := os.MkdirTemp("", "apl-server-test-")
	if err != nil {
		panic(err)
	}
	testCacheDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// fakeWasm stands for app.wasm: a wasm header and 256 KiB of noise that
// compresses a little, so the tests need no wasm build and stay fast.
func fakeWasm() []byte {
	r := rand.New(rand.NewPCG(1, 2))
	b := []byte("\x00asm\x01\x00\x00\x00")
	for len(b) < 256<<10 {
		b = append(b, byte(r.IntN(16)))
	}
	return b
}

// testWebDir copies the repository's web/ (without app.wasm and its
// compressed forms) into a temporary directory with the fake wasm.
func testWebDir(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	entries, err := os.ReadDir("../web")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || name == "app.wasm" || filepath.Ext(name) == ".br" || filepath.Ext(name) == ".gz" {
			continue
		}
		b, err := os.ReadFile(filepath.Join("../web", name))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, name), b)
	}
	if _, err := os.Stat(filepath.Join(dir, "app.css")); err != nil {
		writeFile(t, filepath.Join(dir, "app.css"), []byte("body { color: #111111; }\n"))
	}
	writeFile(t, filepath.Join(dir, "app.wasm"), fakeWasm())
	return dir
}

func writeFile(t testing.TB, name string, b []byte) {
	t.Helper()
	if err := os.WriteFile(name, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func testConfig(t testing.TB, web string) Config {
	return Config{
		WebDir:   web,
		Domain:   "explorer.test",
		Quiet:    true,
		CacheDir: testCacheDir,
		Log:      slog.New(slog.NewTextHandler(io.Discard, nil)),
	}
}

func newTestSite(t testing.TB, cfg Config) *site {
	t.Helper()
	s, err := newSite(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// testSite is a new site over a fresh copy of web/ with the test
// configuration, and its handler, for the tests that look into the site
// as well.
func testSite(t testing.TB) (*site, http.Handler) {
	t.Helper()
	s := newTestSite(t, testConfig(t, testWebDir(t)))
	return s, s.handler()
}

// testHandler is testSite's handler: what most tests send their requests
// to.
func testHandler(t testing.TB) http.Handler {
	t.Helper()
	_, h := testSite(t)
	return h
}

// do sends one request to h and returns the recorded response.
func do(h http.Handler, method, target string, header ...string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func contains(b []byte, s string) bool { return bytes.Contains(b, []byte(s)) }

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
