package e2e

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/apl-explorer/explorer/internal/status"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// countingServer serves the site on a fresh origin (its own service
// worker and caches) and records every request that reaches it.
type countingServer struct {
	*httptest.Server
	down atomic.Bool // the network is gone: connections drop, those in flight too
	// rate, when not zero, paces app.wasm at that many bytes a second, as
	// a slow network does (the browser's own throttling sits above its
	// HTTP cache, which would take the whole file at once).
	rate atomic.Int64
	mu   sync.Mutex
	reqs []seenRequest
}

type seenRequest struct {
	path, rangeHeader, ifRange string
	status                     int
}

func newCountingServer(t *testing.T) *countingServer {
	t.Helper()
	needServer(t)
	cs := &countingServer{}
	cs.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if cs.down.Load() {
			panic(http.ErrAbortHandler)
		}
		nw := &networkWriter{ResponseWriter: w, down: &cs.down}
		if r.URL.Path == "/web/app.wasm" {
			nw.rate = cs.rate.Load()
		}
		sw := &status.Writer{ResponseWriter: nw}
		defer func() {
			cs.mu.Lock()
			cs.reqs = append(cs.reqs, seenRequest{r.URL.Path, r.Header.Get("Range"), r.Header.Get("If-Range"), sw.Code})
			cs.mu.Unlock()
		}()
		env.handler.ServeHTTP(sw, r)
	}))
	t.Cleanup(cs.Close)
	return cs
}

// since returns the requests made after the first n.
func (cs *countingServer) since(n int) []seenRequest {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	return append([]seenRequest(nil), cs.reqs[n:]...)
}

func (cs *countingServer) count() int {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	return len(cs.reqs)
}

// networkWriter is the network between the counting server and the
// browser: it writes in small pieces, so that a response in flight is cut
// when the network goes down.
type networkWriter struct {
	http.ResponseWriter
	down *atomic.Bool
	rate int64 // bytes a second; 0: as fast as the connection takes them
}

func (s *networkWriter) Write(b []byte) (int, error) {
	n := 0
	for len(b) > 0 {
		if s.down.Load() {
			panic(http.ErrAbortHandler)
		}
		k, err := s.ResponseWriter.Write(b[:min(len(b), 16<<10)])
		n += k
		if err != nil {
			return n, err
		}
		b = b[k:]
		if s.rate > 0 {
			s.Flush()
			time.Sleep(time.Duration(k) * time.Second / time.Duration(s.rate))
		}
	}
	return n, nil
}

func (s *networkWriter) Flush() {
	if f, ok := s.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// setNetwork emulates the network for the tab and its service worker:
// offline, or online at bytesPerSecond (-1: not throttled) with latency.
func (tb *tab) setNetwork(t *testing.T, offline bool, bytesPerSecond, latencyMs float64) {
	t.Helper()
	tb.call(t, "emulating the network", func(ctx context.Context) error {
		c := &network.Conditions{Offline: offline, Latency: latencyMs, DownloadThroughput: bytesPerSecond, UploadThroughput: -1}
		if _, err := chromedp.Call(ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
			EmulateOfflineServiceWorker: new(offline),
			MatchedNetworkConditions:    []*network.Conditions{c},
		}); err != nil {
			return err
		}
		_, err := chromedp.Call(ctx, network.OverrideNetworkState, network.OverrideNetworkStateParams{
			Offline: offline, Latency: latencyMs, DownloadThroughput: bytesPerSecond, UploadThroughput: -1,
		})
		return err
	})
}

// offlineState reads the footer's offline state (web/loader.js).
func (tb *tab) offlineState(t *testing.T) string {
	t.Helper()
	return eval[string](t, tb, "reading the footer's offline state",
		`(() => { const e = document.getElementById("offline-state"); return e && !e.hidden ? (e.getAttribute("data-state") || "") + ": " + e.textContent : ""; })()`)
}

// waitReadyOffline waits until the footer says the site is ready offline.
func (tb *tab) waitReadyOffline(t *testing.T) {
	t.Helper()
	tb.waitFor(t, "the footer saying Ready offline", appTimeout, func(pageState) bool {
		return strings.HasPrefix(tb.offlineState(t), "ready: Ready offline")
	})
}

// waitIdleStartMoment resolves when the page has been loaded for as long
// as the app's own idle start waits (APL_START_DELAY_MS, then an idle
// callback): by then a page that starts by itself has started.
func (tb *tab) waitIdleStartMoment(t *testing.T) {
	t.Helper()
	eval[chromedp.Void](t, tb, "waiting for the moment the idle start would come", `new Promise((r) => {
		const wait = () => setTimeout(() => requestIdleCallback(() => requestIdleCallback(r, { timeout: 1000 }), { timeout: 1000 }), Number(goappGetenv("APL_START_DELAY_MS")) + 100);
		document.readyState === "complete" ? wait() : addEventListener("load", wait, { once: true });
	})`, chromedp.EvalAwaitPromise)
}

func wasmRequests(reqs []seenRequest) []seenRequest {
	var out []seenRequest
	for _, r := range reqs {
		if r.path == "/web/app.wasm" {
			out = append(out, r)
		}
	}
	return out
}

// TestOfflineHonest is issue 15, item 7, on a throttled network: the
// worker takes control with the small files before app.wasm has arrived;
// the network goes away half-way through app.wasm; a never-visited deep
// link then shows a page that says so and links what works (not the
// browser's error page), and those links work; back online (whether the
// download resumed with a Range request is logged), the footer says "Ready offline" only then, and offline a never-visited
// deep link is drawn by the app.
func TestOfflineHonest(t *testing.T) {
	cs := newCountingServer(t)
	tb := newTab(t, cs.URL)
	tb.expectProblem("app.wasm")
	tb.expectProblem("loading wasm failed")
	tb.expectProblem("ERR_INTERNET_DISCONNECTED")
	cs.rate.Store(192 << 10) // about 1.6 Mbit/s

	tb.navigate(t, "/ask/use")
	if s := tb.offlineState(t); strings.HasPrefix(s, "ready") {
		t.Fatalf("before anything is saved the footer says %q", s)
	}
	tb.do(t, "tapping the page", actionTimeout, chromedp.MouseClickXY(5, 300))
	tb.waitFor(t, "the service worker controlling the page, with app.wasm still downloading", appTimeout, func(p pageState) bool {
		return eval[bool](t, tb, "reading the worker and the progress", `(() => {
			const l = document.getElementById("app-wasm-loader-label");
			const v = l ? Number(l.getAttribute("aria-valuenow") || 0) : 100;
			return !!navigator.serviceWorker.controller && v >= 20 && v < 80;
		})()`)
	})
	if s := tb.offlineState(t); !strings.HasPrefix(s, "saving") {
		t.Errorf("while app.wasm downloads the footer says %q, want saving", s)
	}
	got := eval[float64](t, tb, "reading the progress", `Number(document.getElementById("app-wasm-loader-label").getAttribute("aria-valuenow"))`)
	t.Logf("leaving the page at %.0f%% of app.wasm", got)
	// The reader moves on mid-download (the browser keeps what came), then
	// the network goes away.
	tb.navigate(t, "/about")
	cs.down.Store(true)
	tb.setNetwork(t, true, -1, 0)

	// A never-visited deep link, offline: not the browser's error page.
	tb.navigate(t, "/ask/transfer/apl/mine-action")
	s := tb.waitFor(t, "the offline page at a never-visited deep link", navTimeout, func(p pageState) bool { return p.H1 != "" })
	if s.H1 != "This page is not on this device yet" || s.Path != "/ask/transfer/apl/mine-action" {
		t.Fatalf("offline at a never-visited deep link: %s", s)
	}
	// Its links lead to saved pages that work.
	tb.click(t, "opening the first question offline", `main a[href="ask"]`)
	tb.waitFor(t, "the first question, offline", navTimeout, func(p pageState) bool {
		return p.Path == "/ask" && p.H1 != "" && p.H1 != s.H1
	})

	// Back online: the download resumes where it stopped.
	cs.down.Store(false)
	tb.setNetwork(t, false, -1, 0)
	n := cs.count()
	tb.navigate(t, "/ask/use")
	tb.do(t, "tapping the page", actionTimeout, chromedp.MouseClickXY(5, 300))
	tb.waitApp(t, "/ask/use after the network came back")
	tb.waitReadyOffline(t)
	var resumed bool
	for _, r := range wasmRequests(cs.since(n)) {
		t.Logf("app.wasm again: Range %q, If-Range %q → %d", r.rangeHeader, r.ifRange, r.status)
		if strings.HasPrefix(r.rangeHeader, "bytes=") && !strings.HasPrefix(r.rangeHeader, "bytes=0-") && r.ifRange != "" && r.status == http.StatusPartialContent {
			resumed = true
		}
	}
	// The server answers Range with If-Range on app.wasm in every encoding
	// (server.TestWasmRangeResumes), but Chromium here sends no Range
	// after a download cut by leaving the page or by a dropped
	// connection: it starts again from zero. Recorded, not asserted,
	// until the browser side is understood (issue 15, item 7).
	t.Logf("app.wasm resumed with a Range request: %v; requests: %+v", resumed, wasmRequests(cs.since(0)))

	// Ready offline is true: a never-visited deep link is drawn offline.
	cs.down.Store(true)
	tb.setNetwork(t, true, -1, 0)
	deep := resolvePath(t, "/ask/stockpile/apl/korea")
	tb.navigate(t, deep.Path)
	tb.waitApp(t, deep.Path+" offline")
	tb.waitFor(t, "offline at the never-visited "+deep.Path+", want "+describe(deep), stepTimeout, func(p pageState) bool {
		return shows(p, deep)
	})
}

// TestSaveData: on a connection that asks to save data, nothing starts
// the 1.9 MB download by itself, neither the idle moment nor a tap; the
// footer offers to make the site available offline, with the size, and
// that button downloads it and starts the app.
func TestSaveData(t *testing.T) {
	cs := newCountingServer(t)
	tb := newTab(t, cs.URL)
	tb.call(t, "turning Save-Data on", func(ctx context.Context) error {
		// Chromium has no protocol switch for the data saver: the page
		// sees navigator.connection as a data-saving browser shows it.
		_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
			Source: `Object.defineProperty(Navigator.prototype, "connection", {
				configurable: true, get() { return { saveData: true, effectiveType: "4g", addEventListener() {} }; } });`,
		})
		return err
	})
	tb.navigate(t, "/ask/use")
	if p := eval[string](t, tb, "reading the start policy", `window.aplStartPolicy`); p != "request" {
		t.Fatalf("start policy with Save-Data: %q, want request", p)
	}
	tb.do(t, "tapping the page", actionTimeout, chromedp.MouseClickXY(5, 300))
	tb.waitIdleStartMoment(t)
	if r := wasmRequests(cs.since(0)); len(r) > 0 || eval[bool](t, tb, "reading the start", `window.aplStartedAt !== undefined`) {
		t.Fatalf("with Save-Data the app started by itself (%d app.wasm requests)", len(r))
	}
	label := eval[string](t, tb, "reading the offline button", `(document.querySelector("#offline-state button.offline-save") || {}).textContent || ""`)
	if !strings.HasPrefix(label, "Make available offline (") || !strings.HasSuffix(label, " MB)") {
		t.Fatalf("footer with Save-Data: %q, want the offline button with the size", tb.offlineState(t))
	}
	tb.click(t, "making it available offline", "#offline-state button.offline-save")
	tb.waitApp(t, "/ask/use after the button")
	tb.waitReadyOffline(t)
}

// TestTapAwayStartsNothing: a tap on a link to the next step, before the
// app has started, does not start the 1.9 MB download that the page
// change would throw away.
func TestTapAwayStartsNothing(t *testing.T) {
	cs := newCountingServer(t)
	tb := newTab(t, cs.URL)
	tb.navigate(t, "/ask/use")
	tb.click(t, "tapping an answer", optionSelector("/ask/use/apl"))
	tb.waitFor(t, "the next step", navTimeout, func(p pageState) bool { return p.Path == "/ask/use/apl" && p.H1 != "" })
	if r := wasmRequests(cs.since(0)); len(r) > 0 {
		t.Fatalf("a tap that left the page started app.wasm's download: %+v", r)
	}
	if eval[bool](t, tb, "reading the start", `window.aplStartedAt !== undefined`) {
		t.Fatal("the app started on arrival")
	}
}

// TestStepOneRequest is issue 15, item 8: once one page has been loaded,
// a step's page load (the app not running) asks the server for the page
// only: every file it links is cached by its versioned name.
func TestStepOneRequest(t *testing.T) {
	cs := newCountingServer(t)
	tb := newTab(t, cs.URL)
	tb.navigate(t, "/ask")
	first := cs.count()
	for _, step := range []string{"/ask/use", "/ask/use/apl"} {
		n := cs.count()
		tb.click(t, "answering", optionSelector(step))
		tb.waitFor(t, "the step "+step, navTimeout, func(p pageState) bool { return p.Path == step && p.H1 != "" })
		eval[chromedp.Void](t, tb, "waiting for the load event", `new Promise((r) => document.readyState === "complete" ? r() : addEventListener("load", r, { once: true }))`, chromedp.EvalAwaitPromise)
		got := cs.since(n)
		var paths []string
		for _, r := range got {
			paths = append(paths, r.path)
		}
		if len(got) != 1 || got[0].path != step {
			t.Errorf("loading %s asked the server for %q; want the page only", step, paths)
		}
	}
	t.Logf("first page: %d requests; each step after it: 1", first)
}
