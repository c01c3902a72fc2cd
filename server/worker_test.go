package server

import (
	"encoding/json"
	"net/http"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The site's worker is worker.js, with what breaks offline use fixed.
func TestWorkerTemplate(t *testing.T) {
	h := testHandler(t)
	worker := do(h, "GET", "/app-worker.js").Body.String()
	for _, want := range []string{
		".waitUntil(installWorker()",
		".waitUntil(activateWorker())",
		"ignoreSearch:!0",
		"caches.match(self.registration.scope)",
		`.mode!=="navigate"`,
		"goappAbsoluteUnique([",
		"new Set(",
	} {
		if !strings.Contains(worker, want) {
			t.Errorf("served worker lacks %q", want)
		}
	}
}

// The served worker must be valid JavaScript after minification.
func TestWorkerIsValidJavaScript(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	h := testHandler(t)
	for _, p := range []string{"/app-worker.js", "/app.js", "/wasm_exec.js", "/web/loader.js"} {
		f := filepath.Join(t.TempDir(), "x.js")
		writeFile(t, f, do(h, "GET", p).Body.Bytes())
		if out, err := exec.Command(node, "--check", f).CombinedOutput(); err != nil {
			t.Errorf("%s: node --check: %v\n%s", p, err, out)
		}
	}
}

var precacheRE = regexp.MustCompile(`goappAbsoluteUnique\((\[[^\]]*\])\)`)

// precacheList reads the worker's precache list as served.
func precacheList(t *testing.T, worker []byte) []string {
	t.Helper()
	m := precacheRE.FindSubmatch(worker)
	if m == nil {
		t.Fatalf("no precache list in the worker:\n%s", worker)
	}
	var list []string
	if err := json.Unmarshal(m[1], &list); err != nil {
		t.Fatalf("precache list %s: %v", m[1], err)
	}
	return list
}

func TestPrecacheList(t *testing.T) {
	for _, base := range []string{"/", "/explorer/"} {
		t.Run(base, func(t *testing.T) {
			cfg := testConfig(t, testWebDir(t))
			cfg.Base = base
			h := newTestSite(t, cfg).handler()
			list := precacheList(t, do(h, "GET", "/app-worker.js").Body.Bytes())
			seen := map[string]bool{}
			for _, u := range list {
				if !strings.HasPrefix(u, base) || strings.HasPrefix(u, "//") || strings.Contains(u, "://") {
					t.Errorf("precache entry %q is not local under %s", u, base)
					continue
				}
				seen[u] = true
				path := "/" + strings.TrimPrefix(u, base)
				if rec := do(h, "GET", path); rec.Code != http.StatusOK {
					t.Errorf("precache entry %q (%s) answers %d", u, path, rec.Code)
				}
			}
			if !seen[base] {
				t.Errorf("precache list lacks %s: %v", base, list)
			}
			// go-app's files and those of web/ are listed by their
			// versioned names, as the pages link them.
			for _, want := range []string{"app.js", "wasm_exec.js", "manifest.webmanifest", "app.css", "web/app.wasm", "web/icon.svg", "web/embed-frame.js"} {
				found := false
				for u := range seen {
					found = found || strings.HasPrefix(u, base+want+"?v=")
				}
				if !found {
					t.Errorf("precache list lacks %s?v=…: %v", base+want, list)
				}
			}
		})
	}
}

func TestVersion(t *testing.T) {
	web := testWebDir(t)
	cfg := testConfig(t, web)
	v1 := newTestSite(t, cfg).version
	v2 := newTestSite(t, cfg).version
	if v1 != v2 || v1 == "" {
		t.Fatalf("version not stable: %q, %q", v1, v2)
	}
	h := newTestSite(t, cfg).handler()
	if etag := do(h, "GET", "/").Header().Get("ETag"); etag != `"`+v1+`"` {
		t.Errorf("page ETag %s, want the version %s", etag, v1)
	}
	if w := do(h, "GET", "/app-worker.js").Body.String(); !strings.Contains(w, "app-"+v1) {
		t.Errorf("worker cache name does not carry the version")
	}
	writeFile(t, filepath.Join(web, "loader.css"), []byte("#app-wasm-loader{height:3px}"))
	v3 := newTestSite(t, cfg).version
	if v3 == v1 {
		t.Errorf("version unchanged after a web file changed")
	}
	wasm := fakeWasm()
	wasm[100]++
	writeFile(t, filepath.Join(web, "app.wasm"), wasm)
	if v4 := newTestSite(t, cfg).version; v4 == v3 {
		t.Errorf("version unchanged after app.wasm changed")
	}
}

// app.js is served with go-app's start deferred, and the patch fails
// loudly when its anchor is missing.
func TestAppJSDeferredStart(t *testing.T) {
	h := testHandler(t)
	rec := do(h, "GET", "/app.js")
	body := rec.Body.String()
	if rec.Code != 200 || !strings.Contains(body, "aplStartWhenIdle") || !strings.Contains(body, `APL_START_DELAY_MS:"3000"`) {
		t.Fatalf("app.js not patched (status %d)", rec.Code)
	}
	if !strings.Contains(body, "window.aplControlledAtLoad") {
		t.Error("app.js still reports the worker's first install as an update")
	}
	if strings.Contains(body, "goappInitServiceWorker();goappWatchForUpdate()") {
		t.Error("go-app still starts at once")
	}
	if _, err := patchAppJS([]byte("// go-app changed")); err == nil {
		t.Error("a missing anchor was not reported")
	}
}
