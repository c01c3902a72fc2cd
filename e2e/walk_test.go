package e2e

import (
	"context"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/apl-explorer/explorer/policy"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// startAtAsk brings a tab whose app runs to /ask: by "Start again" when the
// page has it (in-app), otherwise by loading /ask and waiting for the app.
func (tb *tab) startAtAsk(t *testing.T) {
	t.Helper()
	first := resolvePath(t, "/ask")
	s, err := tb.state()
	switch {
	case err == nil && s.App && s.Marker && s.Path == "/ask":
	case err == nil && s.App && s.Marker && s.StartAgain:
		tb.click(t, "Start again", ".your-answers a.start-again")
	default:
		tb.navigate(t, "/ask")
		tb.waitApp(t, "/ask")
	}
	tb.waitFor(t, "back at the first question after Start again; want "+describe(first), stepTimeout, func(p pageState) bool {
		return shows(p, first) && p.Marker
	})
}

// walkTo follows the option links from the first question to target by
// clicks. inApp says that app.wasm runs the page, so every step must be an
// in-app navigation: the document marked by waitApp stays loaded.
func (tb *tab) walkTo(t *testing.T, target policy.State, inApp bool) pageState {
	t.Helper()
	var p pageState
	for i, st := range stepsTo(t, target) {
		tb.click(t, "step "+itoa(i+1)+" to "+target.Path+": choosing "+string(st.answer), optionSelector(st.href))
		what := "after choosing " + string(st.answer) + " (step " + itoa(i+1) + " to " + target.Path + "), want " + describe(st.to)
		if inApp {
			what += " in the running app, without a page load"
		}
		// First the navigation (path and heading), then, briefly, the
		// content: a wrong label fails in seconds, not after stepTimeout.
		p = tb.waitFor(t, what, stepTimeout, func(p pageState) bool {
			return p.Path == st.to.Path && p.H1 == heading(st.to) && (!inApp || p.Marker)
		})
		p = tb.waitFor(t, what, settleTimeout, func(p pageState) bool {
			return shows(p, st.to) && (!inApp || p.Marker)
		})
	}
	return p
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestWalkEveryOutcome reaches every outcome of the wizard by clicking its
// option links in the running app, and checks every heading on the way and
// both verdicts and the alignment at the end against the policy package.
func TestWalkEveryOutcome(t *testing.T) {
	checkLabels(t)
	all := outcomes(t)
	t.Logf("%d outcomes", len(all))
	tb := newTab(t, env.origin)
	tb.navigate(t, "/ask")
	tb.waitApp(t, "/ask")

	for _, o := range all {
		t.Run(subtestName(o.Path), func(t *testing.T) {
			tb.startAtAsk(t)
			tb.walkTo(t, o, true)
		})
	}

	t.Run("change-and-back", func(t *testing.T) {
		o := resolvePath(t, "/ask/use/apl/korea")
		tb.startAtAsk(t)
		tb.walkTo(t, o, true)

		// "Change" the device: the device question again, the other answers
		// kept.
		href := o.Change(policy.Device)
		changed := resolvePath(t, href)
		if changed.Next != policy.Device {
			t.Fatalf("policy: Change(device) of %s leads to %s, which asks %q, not the device", o.Path, href, changed.Next)
		}
		tb.click(t, "Change the device on "+o.Path, `.summary-action a[href="`+href+`"]`)
		tb.waitFor(t, "after Change (device) on "+o.Path+", want "+describe(changed), stepTimeout, func(p pageState) bool {
			return shows(p, changed) && p.Marker
		})

		// The browser's Back returns to the outcome, in the app.
		eval[chromedp.Void](t, tb, "history.back()", `history.back()`)
		tb.waitFor(t, "after history.back() from "+href+", want "+describe(o), stepTimeout, func(p pageState) bool {
			return shows(p, o) && p.Marker
		})
	})
}

// TestColdDeepLinks loads a question and an outcome directly: the server's
// prerendered HTML already shows them, and so does the app once it runs.
func TestColdDeepLinks(t *testing.T) {
	needServer(t)
	for _, path := range []string{"/ask/use", "/ask/use/apl/korea"} {
		t.Run(subtestName(path), func(t *testing.T) {
			want := resolvePath(t, path)

			// Prerendered: what a crawler, a user without JavaScript and the
			// first paint see.
			status, doc := fetch(t, path)
			if status != 200 {
				t.Fatalf("GET %s: status %d, want 200", path, status)
			}
			p := prerendered(doc)
			p.Path = path
			if !shows(p, want) {
				t.Errorf("GET %s, prerendered HTML: got %s; want %s", path, p, describe(want))
			}

			// The running app, loaded cold at the deep link.
			tb := newTab(t, env.origin)
			tb.navigate(t, path)
			tb.waitApp(t, path)
			tb.waitFor(t, "app.wasm running at "+path+", want "+describe(want), stepTimeout, func(p pageState) bool {
				return shows(p, want)
			})
		})
	}
}

// TestNoJavaScript follows links through three paths with JavaScript off:
// every step is a server-rendered page.
func TestNoJavaScript(t *testing.T) {
	tb := newTab(t, env.origin)
	tb.disableScripts(t)
	for _, path := range []string{
		"/ask/clear",                        // one question
		"/ask/acquire/apl/mine-action",      // three questions
		"/ask/use/sensitive-av/elsewhere",   // contested: three questions, two readings
		"/ask/stockpile/apl/military/korea", // four questions
	} {
		t.Run(subtestName(path), func(t *testing.T) {
			o := resolvePath(t, path)
			first := resolvePath(t, "/ask")
			tb.navigate(t, "/ask")
			tb.waitFor(t, "/ask without JavaScript, want "+describe(first), navTimeout, func(p pageState) bool {
				return shows(p, first)
			})
			p := tb.walkTo(t, o, false)
			if p.App {
				t.Errorf("%s: app.wasm runs although JavaScript is off: the test does not test what it says", path)
			}
		})
	}
}

// TestOffline installs the app from /, takes the network away, then opens a
// deep link never visited and walks three steps by clicks.
func TestOffline(t *testing.T) {
	needServer(t)
	// A server of its own: a separate origin (its own service worker), and
	// one that can be shut down to take the network away for real.
	srv := httptest.NewServer(env.handler)
	defer srv.Close()
	tb := newTab(t, srv.URL)

	tb.navigate(t, "/")
	tb.waitApp(t, "/")
	state := eval[string](t, tb, "waiting for navigator.serviceWorker.ready",
		`navigator.serviceWorker.ready.then((r) => (r.active ? r.active.state : "no active worker"))`,
		chromedp.EvalAwaitPromise)
	if state != "activated" {
		t.Fatalf("service worker after ready: %q, want \"activated\"", state)
	}
	tb.waitFor(t, "the service worker controlling /", appTimeout, func(pageState) bool {
		return eval[bool](t, tb, "reading navigator.serviceWorker.controller", `!!navigator.serviceWorker.controller`)
	})
	// app.wasm is cached last: the footer says when everything is there.
	tb.waitReadyOffline(t)
	cached := tb.cachedURLs(t)
	t.Logf("%d cached resources", len(cached))
	if !slices.Contains(cached, srv.URL+"/") {
		t.Fatalf("the offline cache lacks the app shell %s/; it holds %q", srv.URL, cached)
	}
	for _, u := range cached {
		if !tb.allowedURL(u) {
			t.Errorf("the offline cache holds a resource of another origin: %s", u)
		}
	}
	// Everything the page loaded online must be there offline: the worker
	// caches nothing at run time.
	tb.mu.Lock()
	requested := slices.Clone(tb.requests)
	tb.mu.Unlock()
	for _, u := range requested {
		if strings.HasPrefix(u, srv.URL+"/") && !slices.Contains(cached, u) {
			t.Errorf("the page at / loaded %s, which the service worker did not precache: it fails offline", u)
		}
	}

	// Offline: the emulation for the page and its service worker, and the
	// server itself gone.
	tb.call(t, "going offline", func(ctx context.Context) error {
		if _, err := chromedp.Call(ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
			EmulateOfflineServiceWorker: new(true),
			MatchedNetworkConditions:    []*network.Conditions{{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}},
		}); err != nil {
			return err
		}
		_, err := chromedp.Call(ctx, network.OverrideNetworkState, network.OverrideNetworkStateParams{Offline: true, DownloadThroughput: -1, UploadThroughput: -1})
		return err
	})
	srv.Close()
	if eval[bool](t, tb, "reading navigator.onLine", `navigator.onLine`) {
		t.Fatal("navigator.onLine is still true after going offline")
	}

	deep := resolvePath(t, "/ask/transfer/apl/mine-action")
	tb.navigate(t, deep.Path)
	tb.waitApp(t, deep.Path+" offline")
	tb.waitFor(t, "offline at the never-visited "+deep.Path+", want "+describe(deep), stepTimeout, func(p pageState) bool {
		return shows(p, deep)
	})

	target := resolvePath(t, "/ask/acquire/apl/destruction")
	if n := len(stepsTo(t, target)); n != 3 {
		t.Fatalf("%s takes %d steps, want 3", target.Path, n)
	}
	tb.startAtAsk(t)
	tb.walkTo(t, target, true)
}
