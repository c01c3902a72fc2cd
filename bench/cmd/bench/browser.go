//go:build !wasm

package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/apl-explorer/explorer/internal/webtest"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// chromeFlags are the flags of the brief, shared with the browser tests;
// Lighthouse gets the same ones.
var chromeFlags = webtest.ChromeFlags

const chromePath = "/usr/bin/chromium"

// startBrowser launches one Chromium for every chromedp measurement; each
// measurement opens its own browser context (cold HTTP cache, no service
// worker, no storage).
func startBrowser(parent context.Context, profile string) (context.Context, context.CancelFunc, error) {
	opts := webtest.AllocatorOptions(nil, chromePath, profile)
	// Belt and braces for "loopback only": no name resolves except loopback.
	opts = append(opts, chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"))
	actx, acancel := chromedp.NewExecAllocator(parent, opts...)
	bctx, bcancel := chromedp.NewContext(actx)
	if err := chromedp.Do(bctx); err != nil {
		bcancel()
		acancel()
		return nil, nil, fmt.Errorf("starting chromium: %w", err)
	}
	return bctx, func() { bcancel(); acancel() }, nil
}

// probe is injected before any page script. It records, on the page's own
// clock (ms since navigation start):
//   - answerable: the first animation frame (the one about to be painted)
//     in which the h1 is laid out and not covered by anything (a loader
//     overlay), and, when a link selector is given, such a link exists;
//   - running: when go-app removed #app-wasm-loader after go.run, that is
//     when app.wasm's main has mounted the app;
//   - fcp: first-contentful-paint.
const probeJS = `(() => {
  if (window.__bench) return;
  const b = window.__bench = {answerable: null, running: null, fcp: null, failed: null};
  const linkSel = %s;
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if (e.name === "first-contentful-paint" && b.fcp === null) b.fcp = e.startTime;
    }).observe({type: "paint", buffered: true});
  } catch (e) {}
  let sawLoader = false;
  const check = () => {
    const l = document.getElementById("app-wasm-loader");
    if (l) {
      sawLoader = true;
      if (l.classList.contains("goapp-failed") || /Error|failed/i.test(l.textContent)) b.failed = l.textContent;
    } else if (sawLoader && b.running === null && document.body) {
      b.running = performance.now();
    }
  };
  new MutationObserver(check).observe(document, {childList: true, subtree: true});
  const frame = (ts) => {
    check();
    if (b.answerable === null && document.body) {
      const h = document.querySelector("h1");
      const ok = !linkSel || document.querySelector(linkSel);
      if (h && ok) {
        const r = h.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) {
          const x = Math.min(Math.max(r.left + Math.min(r.width, 40) / 2, 0), innerWidth - 1);
          const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
          const top = document.elementFromPoint(x, y);
          if (top && (top === h || h.contains(top))) b.answerable = ts;
        }
      }
    }
    if (b.answerable === null || b.running === null) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`

// benchState is window.__bench.
type benchState struct {
	Answerable *float64 `json:"answerable"`
	Running    *float64 `json:"running"`
	FCP        *float64 `json:"fcp"`
	Failed     *string  `json:"failed"`
}

// request is one network request seen by the page.
type request struct {
	URL, MIME, Encoding, CacheControl string
	Status                            int64
	Bytes                             float64 // encodedDataLength
	FromSW, FromCache                 bool
	Done                              bool
}

// loadResult is one cold load.
type loadResult struct {
	Bytes       float64 // sum of encodedDataLength until the app runs
	Requests    []*request
	Answerable  float64 // ms
	Running     float64 // ms; NaN when not waited for
	FCP         float64
	ServerBytes int64 // body bytes the server wrote, incl. the worker's precache
}

// netConditions is Network.emulateNetworkConditions (deprecated in the
// protocol, absent from cdproto v0.159.0, still implemented by Chromium).
type netConditions struct {
	Offline            bool    `json:"offline"`
	Latency            float64 `json:"latency"`
	DownloadThroughput float64 `json:"downloadThroughput"`
	UploadThroughput   float64 `json:"uploadThroughput"`
}

var emulateNetworkConditions = cdp.Command[netConditions, cdp.Empty]{Method: "Network.emulateNetworkConditions"}

// slow4G is the brief's "slow 4G": 1.6 Mbit/s down, 750 kbit/s up, 150 ms RTT.
var slow4G = netConditions{Latency: 150, DownloadThroughput: 1.6e6 / 8, UploadThroughput: 750e3 / 8}

// throttleMethod records which protocol call throttled the network.
var throttleMethod = "Network.emulateNetworkConditions"

func setNetwork(ctx context.Context, c netConditions) error {
	_, err := chromedp.Call(ctx, emulateNetworkConditions, c)
	if err == nil {
		return nil
	}
	// Fallback for a Chromium that dropped the deprecated method.
	throttleMethod = "Network.emulateNetworkConditionsByRule + Network.overrideNetworkState"
	_, err2 := chromedp.Call(ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
		EmulateOfflineServiceWorker: new(c.Offline),
		MatchedNetworkConditions: []*network.Conditions{{
			Offline: c.Offline, Latency: c.Latency,
			DownloadThroughput: c.DownloadThroughput, UploadThroughput: c.UploadThroughput,
		}},
	})
	if err2 != nil {
		return errors.Join(err, err2)
	}
	_, err2 = chromedp.Call(ctx, network.OverrideNetworkState, network.OverrideNetworkStateParams{
		Offline: c.Offline, Latency: c.Latency,
		DownloadThroughput: c.DownloadThroughput, UploadThroughput: c.UploadThroughput,
	})
	return err2
}

// tab opens a tab in a new browser context, with a phone-sized viewport
// (Lighthouse's moto g power: 412×823 at 1.75), the network domain on and
// the probe installed.
type tab struct {
	ctx    context.Context
	cancel context.CancelFunc
	mu     sync.Mutex
	reqs   map[network.RequestID]*request
	order  []*request
}

func newTab(browser context.Context, linkSel string) (*tab, error) {
	ctx, cancel := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
	t := &tab{ctx: ctx, cancel: cancel, reqs: map[network.RequestID]*request{}}
	if err := chromedp.Do(ctx); err != nil {
		cancel()
		return nil, err
	}
	if err := chromedp.Listen(ctx, t.onEvent); err != nil {
		cancel()
		return nil, err
	}
	sel := "null"
	if linkSel != "" {
		sel = strconv.Quote(linkSel)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		cancel()
		return nil, err
	}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: fmt.Sprintf(probeJS, sel),
	}); err != nil {
		cancel()
		return nil, err
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(412, 823, chromedp.EmulateMobile, chromedp.EmulateScale(1.75))); err != nil {
		cancel()
		return nil, err
	}
	return t, nil
}

func (t *tab) onEvent(ev any) {
	t.mu.Lock()
	defer t.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		if _, ok := t.reqs[ev.RequestID]; !ok {
			r := &request{URL: ev.Request.URL}
			t.reqs[ev.RequestID] = r
			t.order = append(t.order, r)
		}
	case *network.EventResponseReceived:
		r := t.reqs[ev.RequestID]
		if r == nil || ev.Response == nil {
			return
		}
		r.Status, r.MIME = ev.Response.Status, ev.Response.MimeType
		r.FromSW, r.FromCache = ev.Response.FromServiceWorker, ev.Response.FromDiskCache
		r.Encoding = header(ev.Response.Headers, "content-encoding")
		r.CacheControl = header(ev.Response.Headers, "cache-control")
	case *network.EventLoadingFinished:
		if r := t.reqs[ev.RequestID]; r != nil {
			r.Bytes, r.Done = ev.EncodedDataLength, true
		}
	}
}

func header(h network.Headers, name string) string {
	for k, v := range h {
		if strings.EqualFold(k, name) {
			return fmt.Sprint(v)
		}
	}
	return ""
}

// snapshot sums encodedDataLength of the finished requests and copies them.
func (t *tab) snapshot() (float64, []*request) {
	t.mu.Lock()
	defer t.mu.Unlock()
	var sum float64
	var out []*request
	for _, r := range t.order {
		c := *r
		out = append(out, &c)
		if r.Done {
			sum += r.Bytes
		}
	}
	return sum, out
}

func (t *tab) state() (benchState, error) {
	s, err := chromedp.Run(t.ctx, chromedp.Evaluate[string](`window.__bench ? JSON.stringify(window.__bench) : ""`))
	if err != nil || s == "" {
		return benchState{}, err
	}
	var b benchState
	err = json.Unmarshal([]byte(s), &b)
	return b, err
}

// waitFor polls the probe until done says so.
func (t *tab) waitFor(timeout time.Duration, done func(benchState) bool) (benchState, error) {
	deadline := time.Now().Add(timeout)
	for {
		b, err := t.state()
		if err == nil {
			if b.Failed != nil {
				return b, fmt.Errorf("app failed to load: %s", *b.Failed)
			}
			if done(b) {
				return b, nil
			}
		}
		if time.Now().After(deadline) {
			return b, fmt.Errorf("timed out after %s (last state %+v, err %v)", timeout, b, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (t *tab) navigate(url string) error {
	res, err := chromedp.Call(t.ctx, page.Navigate, page.NavigateParams{URL: url})
	if err == nil && res.ErrorText != "" {
		err = errors.New(res.ErrorText)
	}
	return err
}

func deref(p *float64) float64 {
	if p == nil {
		return nan
	}
	return *p
}

// loadOpts describes one cold load.
type loadOpts struct {
	URL     string
	LinkSel string // must exist for "answerable"; "" for the h1 alone
	NoApp   bool   // plain HTML: do not wait for the app
	Slow    bool   // slow 4G and 4× CPU
	Timeout time.Duration
	WaitSW  bool     // also wait for the service worker to be ready
	Counter *counter // server-side bytes, if the server is ours
}

// coldLoad opens url in a fresh browser context and measures it.
func coldLoad(browser context.Context, o loadOpts) (loadResult, error) {
	t, err := newTab(browser, o.LinkSel)
	if err != nil {
		return loadResult{}, err
	}
	defer t.cancel()
	if o.Slow {
		if err := setNetwork(t.ctx, slow4G); err != nil {
			return loadResult{}, fmt.Errorf("throttling network: %w", err)
		}
		if _, err := chromedp.Call(t.ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: 4}); err != nil {
			return loadResult{}, fmt.Errorf("throttling CPU: %w", err)
		}
	}
	if o.Counter != nil {
		o.Counter.bytes.Store(0)
	}
	if err := t.navigate(o.URL); err != nil {
		return loadResult{}, err
	}
	b, err := t.waitFor(o.Timeout, func(b benchState) bool {
		if o.NoApp {
			return b.Answerable != nil && b.FCP != nil
		}
		return b.Answerable != nil && b.Running != nil
	})
	if err != nil {
		return loadResult{}, fmt.Errorf("%s: %w", o.URL, err)
	}
	time.Sleep(150 * time.Millisecond) // let the last loadingFinished events arrive
	res := loadResult{Answerable: deref(b.Answerable), Running: deref(b.Running), FCP: deref(b.FCP)}
	if o.NoApp {
		res.Running = nan
	}
	res.Bytes, res.Requests = t.snapshot()
	if o.WaitSW && !o.NoApp {
		swReady(t.ctx, 20*time.Second)
		if o.Counter != nil {
			res.ServerBytes = o.Counter.bytes.Load()
		}
	}
	return res, nil
}

// swReady waits until a service worker is active and controls the page.
func swReady(ctx context.Context, timeout time.Duration) bool {
	js := fmt.Sprintf(`(async () => {
	  if (!("serviceWorker" in navigator)) return false;
	  const end = Date.now() + %d;
	  await Promise.race([navigator.serviceWorker.ready, new Promise(r => setTimeout(r, %d))]);
	  while (!navigator.serviceWorker.controller && Date.now() < end) await new Promise(r => setTimeout(r, 50));
	  return !!navigator.serviceWorker.controller;
	})()`, timeout.Milliseconds(), timeout.Milliseconds())
	ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](js, chromedp.EvalAwaitPromise))
	return err == nil && ok
}

// offlineResult is one offline cold start.
type offlineResult struct {
	Running, Answerable, FCP float64
	FromSW                   int // requests answered by the service worker
	Requests                 int
}

// offlineStart visits url on its own server, waits for the service worker
// to control the page, then stops the server, turns the network off via
// CDP and reloads: the time until the app runs again comes from the cache.
func offlineStart(browser context.Context, h handlerFactory, path, linkSel string) (offlineResult, error) {
	s := serve(h())
	defer s.Close()
	t, err := newTab(browser, linkSel)
	if err != nil {
		return offlineResult{}, err
	}
	defer t.cancel()
	if err := t.navigate(s.URL + path); err != nil {
		return offlineResult{}, err
	}
	if _, err := t.waitFor(60*time.Second, func(b benchState) bool { return b.Running != nil }); err != nil {
		return offlineResult{}, err
	}
	if !swReady(t.ctx, 30*time.Second) {
		return offlineResult{}, errors.New("the service worker never controlled the page")
	}
	s.Close()
	if err := setNetwork(t.ctx, netConditions{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}); err != nil {
		return offlineResult{}, err
	}
	t.mu.Lock()
	t.reqs, t.order = map[network.RequestID]*request{}, nil
	t.mu.Unlock()
	if _, err := chromedp.Call(t.ctx, page.Reload, page.ReloadParams{}); err != nil {
		return offlineResult{}, err
	}
	b, err := t.waitFor(60*time.Second, func(b benchState) bool { return b.Running != nil && b.Answerable != nil })
	if err != nil {
		return offlineResult{}, fmt.Errorf("offline reload: %w", err)
	}
	_, reqs := t.snapshot()
	res := offlineResult{Running: deref(b.Running), Answerable: deref(b.Answerable), FCP: deref(b.FCP), Requests: len(reqs)}
	for _, r := range reqs {
		if r.FromSW {
			res.FromSW++
		}
	}
	return res, nil
}

type handlerFactory func() http.Handler

// walkResult holds the step latencies of a walk, and the same steps done
// as full loads of the prerendered pages with JavaScript off.
type walkResult struct {
	Steps []float64 // ms, click to the next frame's requestAnimationFrame
	Paint []float64 // ms, click to the first task after that frame
	Hrefs []string  // the link clicked for each step
	Paths int
	// Full holds, for each step, first-contentful-paint of a full load of
	// its href in a tab with scripts disabled (ms from navigation start).
	Full []float64
}

// stepJS arms one measurement: performance.now() at the click (capture
// phase, before go-app's own handler), then the first animation frame
// after a mutation leaves the h1 with a different text, and the first
// task after that frame was rendered.
const stepJS = `window.__arm = () => {
  const before = (document.querySelector("h1") || {}).textContent;
  window.__pending = new Promise((resolve, reject) => {
    let t0 = null;
    document.addEventListener("click", () => { t0 = performance.now(); }, {capture: true, once: true});
    const mo = new MutationObserver(() => {
      const h = document.querySelector("h1");
      if (t0 !== null && h && h.textContent !== before) {
        mo.disconnect();
        // The frame: its requestAnimationFrame callback, before the
        // browser's style, layout and paint. The paint: the first task
        // after that frame, so the rendering work is counted too.
        requestAnimationFrame(() => {
          const frame = performance.now() - t0;
          const ch = new MessageChannel();
          ch.port1.onmessage = () => resolve([frame, performance.now() - t0]);
          ch.port2.postMessage(0);
        });
      }
    });
    mo.observe(document.body, {subtree: true, childList: true, characterData: true});
    setTimeout(() => { mo.disconnect(); reject(new Error("no new h1 within 10 s")); }, 10000);
  });
  return true;
};
window.__h1 = () => (document.querySelector("h1") || {}).textContent || "";`

// walk loads /ask once and clicks through every outcome path from the
// first question, resetting with goappNav("/ask") between paths.
func walk(browser context.Context, base string, paths [][]string, cpuRate float64) (walkResult, error) {
	t, err := newTab(browser, "a.option[href]")
	if err != nil {
		return walkResult{}, err
	}
	defer t.cancel()
	if cpuRate > 1 {
		if _, err := chromedp.Call(t.ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: cpuRate}); err != nil {
			return walkResult{}, err
		}
	}
	if err := t.navigate(base + "/ask"); err != nil {
		return walkResult{}, err
	}
	if _, err := t.waitFor(90*time.Second, func(b benchState) bool { return b.Running != nil }); err != nil {
		return walkResult{}, err
	}
	if err := chromedp.Do(t.ctx, chromedp.Evaluate[chromedp.Void](stepJS)); err != nil {
		return walkResult{}, err
	}
	first, err := chromedp.Run(t.ctx, chromedp.Evaluate[string](`__h1()`))
	if err != nil {
		return walkResult{}, err
	}
	var res walkResult
	for _, seq := range paths {
		h1, _ := chromedp.Run(t.ctx, chromedp.Evaluate[string](`__h1()`))
		if h1 != first {
			if err := chromedp.Do(t.ctx, chromedp.Evaluate[chromedp.Void](`goappNav("/ask")`)); err != nil {
				return res, err
			}
			deadline := time.Now().Add(10 * time.Second)
			for h1 != first {
				if time.Now().After(deadline) {
					return res, fmt.Errorf("could not go back to /ask (h1 %q)", h1)
				}
				time.Sleep(20 * time.Millisecond)
				h1, _ = chromedp.Run(t.ctx, chromedp.Evaluate[string](`__h1()`))
			}
		}
		for _, href := range seq {
			if err := chromedp.Do(t.ctx,
				chromedp.Evaluate[chromedp.Void](`__arm()`),
				chromedp.Click(chromedp.CSS(`a.option[href="`+href+`"]`)),
			); err != nil {
				return res, fmt.Errorf("clicking %s: %w", href, err)
			}
			ms, err := chromedp.Run(t.ctx, chromedp.Evaluate[[]float64](`window.__pending`, chromedp.EvalAwaitPromise))
			if err != nil {
				return res, fmt.Errorf("after clicking %s: %w", href, err)
			}
			res.Steps = append(res.Steps, ms[0])
			res.Paint = append(res.Paint, ms[1])
			res.Hrefs = append(res.Hrefs, href)
		}
		res.Paths++
	}
	return res, nil
}

// fullLoads does each step of w again as a full page load of its href, in
// one tab with scripts disabled and the same CPU rate: the prerendered
// page the server sends, which is what a step would cost without the app.
// The tab's HTTP cache is warm after the first load, as it would be for a
// reader going from page to page. The time is first-contentful-paint from
// the navigation's start.
func fullLoads(browser context.Context, base string, w *walkResult, cpuRate float64) error {
	ctx, cancel := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(412, 823, chromedp.EmulateMobile, chromedp.EmulateScale(1.75))); err != nil {
		return err
	}
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		return err
	}
	if cpuRate > 1 {
		if _, err := chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: cpuRate}); err != nil {
			return err
		}
	}
	w.Full = w.Full[:0]
	for _, href := range w.Hrefs {
		if err := chromedp.Do(ctx, chromedp.Navigate(base+href)); err != nil {
			return fmt.Errorf("loading %s: %w", href, err)
		}
		var fcp float64
		deadline := time.Now().Add(10 * time.Second)
		for fcp == 0 {
			if time.Now().After(deadline) {
				return fmt.Errorf("loading %s: no first-contentful-paint within 10 s", href)
			}
			v, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`(performance.getEntriesByName("first-contentful-paint")[0] || {startTime: 0}).startTime`))
			if err != nil {
				return fmt.Errorf("loading %s: %w", href, err)
			}
			fcp = v
			if fcp == 0 {
				time.Sleep(10 * time.Millisecond)
			}
		}
		w.Full = append(w.Full, fcp)
	}
	return nil
}

func browserVersion() string {
	out, err := execOutput(chromePath, "--version")
	if err != nil {
		return "unknown"
	}
	return strings.TrimSpace(out)
}
