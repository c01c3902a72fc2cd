package e2e

import (
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/apl-explorer/explorer/policy"
	"github.com/chromedp/chromedp"
)

// TestOfflineArabic visits /ar/ once, waits until the footer says the
// site is ready offline (by its data-state: the words are Arabic), takes
// the network away and opens a never-visited Arabic deep link: it is
// drawn in Arabic, right to left from the first paint, not in English and
// not as the browser's offline error.
func TestOfflineArabic(t *testing.T) {
	needServer(t)
	ar, ok := policy.LanguageByID("ar")
	if !ok {
		t.Fatal("no Arabic in the registry")
	}
	cat := catalogIn(t, ar)
	// A server of its own: its own service worker, and a network that
	// can be taken away for real.
	srv := httptest.NewServer(env.handler)
	defer srv.Close()
	tb := newTab(t, srv.URL)

	tb.navigate(t, "/ar/")
	tb.waitApp(t, "/ar/")
	tb.checkLang(t, ar, "/ar/")
	tb.waitFor(t, "the service worker controlling /ar/", appTimeout, func(pageState) bool {
		return eval[bool](t, tb, "reading navigator.serviceWorker.controller", `!!navigator.serviceWorker.controller`)
	})
	var footer string
	tb.waitFor(t, `the footer's offline state data-state="ready"`, appTimeout, func(pageState) bool {
		footer = tb.offlineState(t)
		return strings.HasPrefix(footer, "ready: ")
	})
	if want := "ready: " + cat.Text("offline.ready"); footer != want {
		t.Errorf("/ar/ footer: %q, want the Arabic catalog's %q", footer, want)
	}
	cached := tb.cachedURLs(t)
	if !slices.ContainsFunc(cached, func(u string) bool { return strings.Contains(u, "/web/catalog/ar.json") }) {
		t.Errorf("after a visit to /ar/ the worker's caches hold no Arabic catalog: %q", cached)
	}

	tb.setNetwork(t, true, -1, 0)
	srv.Close()
	if eval[bool](t, tb, "reading navigator.onLine", `navigator.onLine`) {
		t.Fatal("navigator.onLine is still true after going offline")
	}

	deep := resolvePath(t, "/ask/transfer/apl/mine-action")
	w := wantIn(t, ar, deep)
	tb.navigate(t, w.path)
	// The first document is a saved Arabic page: Arabic and right to left
	// before the app draws the deep link in it.
	first := eval[string](t, tb, "reading the address", `location.href`)
	if !strings.HasPrefix(first, srv.URL+"/") {
		t.Fatalf("offline at %s: the browser shows %s, not the site", w.path, first)
	}
	tb.checkLang(t, ar, w.path+" offline, first paint")
	tb.waitApp(t, w.path+" offline")
	p := tb.waitFor(t, "offline at the never-visited "+w.path+", want "+w.String(), stepTimeout, w.shown)
	if p.H1 == cat.Text("offline.page.title") {
		t.Errorf("offline at %s: the offline page, not the outcome", w.path)
	}
	tb.checkLang(t, ar, w.path+" offline, drawn by the app")
}

// TestScreenshotsLanguages saves the first screen (and the whole page) of
// an outcome in Arabic and in Korean and of the Arabic home page on a
// 360×740 phone into test-output/screenshots/, and the Arabic outcome's
// first screen as docs/outcome-ar.png for the README. It fails only when
// a screenshot cannot be taken or a page is not in its language.
func TestScreenshotsLanguages(t *testing.T) {
	tb := newTab(t, env.origin)
	tb.phone(t)
	for _, sh := range []struct{ name, lang, path, doc string }{
		{"outcome-ar", "ar", "/ar/ask/use/apl/korea", "outcome-ar.png"},
		{"outcome-ko", "ko", "/ko/ask/use/apl/korea", ""},
		{"home-ar", "ar", "/ar/", ""},
	} {
		t.Run(sh.name, func(t *testing.T) {
			l, ok := policy.LanguageByID(sh.lang)
			if !ok {
				t.Fatalf("no language %q in the registry", sh.lang)
			}
			tb.navigate(t, sh.path)
			tb.waitApp(t, sh.path)
			tb.checkLang(t, l, sh.path)
			eval[chromedp.Void](t, tb, "waiting for the fonts and two painted frames at the top",
				`document.fonts.ready.then(() => { window.scrollTo(0, 0); return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))); })`, chromedp.EvalAwaitPromise)
			first := tb.screenshot(t, "screenshot of "+sh.path+"'s first screen", chromedp.CaptureScreenshot())
			full := tb.screenshot(t, "screenshot of "+sh.path, chromedp.FullScreenshot(100))
			files := map[string][]byte{
				screenshotDir + sh.name + "-360x740.png":  first,
				screenshotDir + sh.name + "-360-full.png": full,
			}
			if sh.doc != "" {
				files["docs/"+sh.doc] = first
			}
			for name, png := range files {
				file, err := saveFile(name, png)
				if err != nil {
					t.Fatal(err)
				}
				t.Logf("%s: %s (%d bytes)", sh.path, file, len(png))
			}
		})
	}
}
