package e2e

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/apl-explorer/explorer/server"
	"github.com/chromedp/chromedp"
)

// TestUpdate deploys a new version while a tab is open: after a reload
// the old version still runs (from the offline cache) and says that a new
// version is available; Reload brings the new version.
func TestUpdate(t *testing.T) {
	needBrowser(t)
	// Version two differs from version one by one stylesheet comment,
	// which changes the version hash and so the worker's cache.
	web2 := t.TempDir()
	if err := os.CopyFS(web2, os.DirFS(env.web)); err != nil {
		t.Fatal(err)
	}
	css, err := os.ReadFile(filepath.Join(web2, "app.css"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(web2, "app.css"), append(css, []byte("\n/* version two */\n.update-test { color: inherit; }\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	v2, err := server.Handler(server.Config{WebDir: web2, Quiet: true, CacheDir: wasmCacheDir()})
	if err != nil {
		t.Fatal(err)
	}
	var current atomic.Value
	current.Store(env.handler)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		current.Load().(http.Handler).ServeHTTP(w, r)
	}))
	defer srv.Close()

	tb := newTab(t, srv.URL)
	tb.navigate(t, "/ask/use")
	tb.waitApp(t, "/ask/use")
	eval[string](t, tb, "waiting for the service worker", `navigator.serviceWorker.ready.then((r) => r.active.state)`, chromedp.EvalAwaitPromise)
	tb.waitFor(t, "the service worker controlling the page", appTimeout, func(pageState) bool {
		return eval[bool](t, tb, "reading the controller", `!!navigator.serviceWorker.controller`)
	})
	version := func() string {
		return eval[string](t, tb, "reading the version", `goappGetenv("GOAPP_VERSION")`)
	}
	v1 := version()
	if eval[bool](t, tb, "looking for the update banner", `!!document.querySelector(".update-banner")`) {
		t.Fatal("the first visit shows the update banner")
	}

	tb.waitReadyOffline(t)

	// A page the worker holds (/ask is precached; a page it does not
	// hold comes from the new server, with the new version's files).
	current.Store(v2)
	tb.navigate(t, "/ask")
	tb.waitApp(t, "/ask after the deployment")
	if got := version(); got != v1 {
		t.Errorf("right after the deployment the tab runs %s, want the cached %s", got, v1)
	}
	tb.waitFor(t, "the update banner", appTimeout, func(pageState) bool {
		return eval[bool](t, tb, "looking for the update banner", `!!document.querySelector(".update-banner button")`)
	})
	tb.click(t, "Reload", ".update-banner button")
	tb.waitFor(t, "the new version after Reload", appTimeout, func(s pageState) bool {
		return !s.Marker && s.App && version() != v1
	})
	if eval[bool](t, tb, "looking for the update banner", `!!document.querySelector(".update-banner")`) {
		t.Error("the new version still shows the update banner")
	}
	if s, _ := tb.state(); s.Path != "/ask" || s.H1 == "" {
		t.Errorf("after Reload the page shows %q", s.H1)
	}
}
