package e2e

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/apl-explorer/explorer/components"
	"github.com/apl-explorer/explorer/internal/webtest"
	"github.com/apl-explorer/explorer/server"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Timeouts. Every wait in the suite has one; the values are generous for a
// 2-core machine, where compiling app.wasm takes a few seconds.
const (
	tabTimeout      = 30 * time.Second // open a tab
	navTimeout      = 30 * time.Second // load a page
	appTimeout      = 60 * time.Second // app.wasm downloaded, compiled and running
	stepTimeout     = 15 * time.Second // an in-app navigation or a click
	settleTimeout   = 2 * time.Second  // the content of a page already drawn
	actionTimeout   = 15 * time.Second // one protocol command or script
	axeTimeout      = 60 * time.Second // one axe run
	browserStartMax = 60 * time.Second
)

// env is what TestMain sets up once for every test.
var env struct {
	root    string       // the repository root
	web     string       // the temporary web/ with the fresh app.wasm
	handler http.Handler // server.Handler, shared by the test servers
	srv     *httptest.Server
	origin  string // srv's origin, "http://127.0.0.1:port"

	setupErr   error // building app.wasm or the handler failed
	browserErr error // Chromium missing or not starting
	browser    context.Context

	axeSrc string
	axeErr error
}

func TestMain(m *testing.M) { os.Exit(runMain(m)) }

func runMain(m *testing.M) int {
	root, err := filepath.Abs("..")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	env.root = root
	tmp, err := os.MkdirTemp("", "apl-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	defer os.RemoveAll(tmp)

	start := time.Now()
	env.setupErr = setupServer(tmp)
	if env.setupErr == nil {
		defer env.srv.Close()
		fmt.Fprintf(os.Stderr, "e2e: app.wasm built and server up at %s in %s\n", env.origin, time.Since(start).Round(time.Millisecond))
	}
	stop, err := startBrowser(tmp)
	env.browserErr = err
	if stop != nil {
		defer stop() // before RemoveAll: Chromium's profile is in tmp
	}
	env.axeSrc, env.axeErr = loadAxe(root)
	return m.Run()
}

// setupServer builds app.wasm into a copy of web/ and serves the real
// handler on a loopback port.
func setupServer(tmp string) error {
	env.web = filepath.Join(tmp, "web")
	if err := webtest.BuildSite(context.Background(), env.root, env.web, "."); err != nil {
		return err
	}

	components.Register()
	h, err := server.Handler(server.Config{WebDir: env.web, Quiet: true, CacheDir: wasmCacheDir()})
	if err != nil {
		return fmt.Errorf("server.Handler: %w", err)
	}
	env.handler = h
	env.srv = httptest.NewServer(h)
	env.origin = env.srv.URL
	return nil
}

// wasmCacheDir keeps app.wasm compressed between runs (the build is the
// same for the same source: -trimpath), so brotli's best level, about 30 s,
// is paid once per change of the app, not at every run.
func wasmCacheDir() string {
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "apl-explorer", "wasm")
	}
	return filepath.Join(os.TempDir(), "apl-explorer-wasm")
}

// startBrowser starts the one Chromium that every test shares, each test in
// a tab of its own browser context (fresh storage, cache and service
// workers).
func startBrowser(tmp string) (stop func(), err error) {
	path, err := webtest.ChromiumPath()
	if err != nil {
		return nil, err
	}
	opts := append(webtest.AllocatorOptions(chromedp.DefaultExecAllocatorOptions[:], path, filepath.Join(tmp, "chromium-profile")),
		chromedp.WindowSize(1280, 900))
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	bctx, cancelBrowser := chromedp.NewContext(allocCtx)
	stop = func() { cancelBrowser(); cancelAlloc() }

	if err := firstDo(bctx, browserStartMax); errors.Is(err, errNoAnswer) {
		stop()
		return nil, fmt.Errorf("starting %s: %w", path, err)
	} else if err != nil {
		stop()
		return nil, fmt.Errorf("starting %s: %w (reinstall with: %s)", path, err, webtest.InstallChromium)
	}
	env.browser = bctx
	return stop, nil
}

// errNoAnswer is firstDo's error when Chromium did not answer in time.
var errNoAnswer = errors.New("no answer")

// firstDo runs the first chromedp.Do on ctx, which starts the browser or
// opens the tab. It binds that life to ctx, so it runs without a deadline;
// the wait for it has one, limit.
func firstDo(ctx context.Context, limit time.Duration) error {
	errc := make(chan error, 1)
	go func() { errc <- chromedp.Do(ctx) }()
	select {
	case err := <-errc:
		return err
	case <-time.After(limit):
		return fmt.Errorf("%w after %s", errNoAnswer, limit)
	}
}

// loadAxe reads axe-core, installed by npm from package-lock.json.
func loadAxe(root string) (string, error) {
	p := filepath.Join(root, "node_modules", "axe-core", "axe.min.js")
	b, err := os.ReadFile(p)
	if err != nil {
		return "", fmt.Errorf("axe-core is missing (%v): run npm ci at the repository root", err)
	}
	return string(b), nil
}

// needServer fails the test when the app could not be built or served.
func needServer(t *testing.T) {
	t.Helper()
	if env.setupErr != nil {
		t.Fatalf("setting up the server: %v", env.setupErr)
	}
}

// needBrowser fails (never skips) the test when Chromium is missing.
func needBrowser(t *testing.T) {
	t.Helper()
	needServer(t)
	if env.browserErr != nil {
		t.Fatalf("browser: %v", env.browserErr)
	}
}

// tab is one browser tab in a fresh browser context. It records, from the
// moment it opens, every request that leaves the test server's origin and
// every console error, uncaught exception and browser log error; the test
// fails on any of them when it ends.
type tab struct {
	ctx    context.Context
	origin string

	mu       sync.Mutex
	problems []string
	pages    []string       // the documents loaded, for the problem report
	expected map[string]int // URLs the test expects to fail with a status
	requests []string       // every URL requested that is not a document
	also     []string       // other origins this tab may load from (an embedding host)
	allowed  []string       // problems the test provokes on purpose (substrings)
}

// expectProblem tells the tab that a console or log error containing
// substr is provoked on purpose by the test (a failed download).
func (tb *tab) expectProblem(substr string) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	tb.allowed = append(tb.allowed, substr)
}

// allow lets the tab load from one more origin, such as the host page of
// an embedding test (also on loopback).
func (tb *tab) allow(origin string) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	tb.also = append(tb.also, origin)
}

// expectStatus tells the tab that loading path answers status on purpose
// (a 404 page): Chromium logs every such response as an error, and this
// one is the point of the test, not a broken resource.
func (tb *tab) expectStatus(path string, status int) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	if tb.expected == nil {
		tb.expected = map[string]int{}
	}
	tb.expected[tb.origin+path] = status
}

// newTab opens a tab whose requests must all go to origin.
func newTab(t *testing.T, origin string) *tab {
	t.Helper()
	needBrowser(t)
	tb := &tab{origin: origin}
	ctx, cancel := chromedp.NewContext(env.browser, chromedp.WithNewBrowserContext(), chromedp.WithListener(tb.listen))
	if err := firstDo(ctx, tabTimeout); err != nil {
		cancel()
		t.Fatalf("opening a tab: %v", err)
	}
	tb.ctx = ctx
	t.Cleanup(func() {
		cancel()
		tb.mu.Lock()
		defer tb.mu.Unlock()
		for _, p := range tb.problems {
			t.Errorf("%s", p)
		}
	})
	// Focus as if the window were in front: keyboard focus, :focus-visible
	// and document.hasFocus() then behave as for a user.
	tb.call(t, "focus emulation", func(ctx context.Context) error {
		_, err := chromedp.Call(ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true})
		return err
	})
	return tb
}

// allowedURL says whether a request may be made: the tab's origin, data:
// and blob: only.
func (tb *tab) allowedURL(u string) bool {
	tb.mu.Lock()
	origins := append([]string{tb.origin}, tb.also...)
	tb.mu.Unlock()
	for _, o := range origins {
		if u == o || strings.HasPrefix(u, o+"/") {
			return true
		}
	}
	return strings.HasPrefix(u, "data:") || strings.HasPrefix(u, "blob:")
}

// listen runs in the tab's event loop: it only records.
func (tb *tab) listen(ev any) {
	var p string
	switch e := ev.(type) {
	case *network.EventRequestWillBeSent:
		if e.Type == network.ResourceTypeDocument && e.FrameID != "" {
			tb.mu.Lock()
			tb.pages = append(tb.pages, e.Request.URL)
			tb.mu.Unlock()
		}
		if e.Type != network.ResourceTypeDocument {
			tb.mu.Lock()
			tb.requests = append(tb.requests, e.Request.URL)
			tb.mu.Unlock()
		}
		if !tb.allowedURL(e.Request.URL) {
			p = fmt.Sprintf("request to another origin: %s (%s, from %s)", e.Request.URL, e.Type, e.DocumentURL)
		}
	case *runtime.EventConsoleAPICalled:
		if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeAssert {
			p = "console." + string(e.Type) + ": " + argsText(e.Args) + stackPlace(e.StackTrace)
		}
	case *runtime.EventExceptionThrown:
		d := e.ExceptionDetails
		text := d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			text += " " + d.Exception.Description
		}
		p = fmt.Sprintf("uncaught exception: %s (%s:%d)", text, d.URL, d.LineNumber+1)
	case *log.EventEntryAdded:
		tb.mu.Lock()
		st, ok := tb.expected[e.Entry.URL]
		tb.mu.Unlock()
		if ok && e.Entry.Source == log.EntrySourceNetwork && strings.Contains(e.Entry.Text, fmt.Sprintf("status of %d", st)) {
			break
		}
		if e.Entry.Level == log.EntryLevelError {
			p = fmt.Sprintf("browser log error (%s): %s %s", e.Entry.Source, e.Entry.Text, e.Entry.URL)
		}
	}
	if p == "" {
		return
	}
	tb.mu.Lock()
	defer tb.mu.Unlock()
	for _, a := range tb.allowed {
		if strings.Contains(p, a) {
			return
		}
	}
	if n := len(tb.pages); n > 0 {
		p += " [page " + tb.pages[n-1] + "]"
	}
	tb.problems = append(tb.problems, p)
}

func argsText(args []*runtime.RemoteObject) string {
	var parts []string
	for _, a := range args {
		switch {
		case a == nil:
		case a.Type == runtime.RemoteObjectTypeString && len(a.Value) > 0:
			var v string
			if json.Unmarshal(a.Value, &v) == nil {
				parts = append(parts, v)
			} else {
				parts = append(parts, string(a.Value))
			}
		case len(a.Value) > 0:
			parts = append(parts, string(a.Value))
		case a.Description != "":
			parts = append(parts, a.Description)
		default:
			parts = append(parts, string(a.Type))
		}
	}
	return strings.Join(parts, " ")
}

func stackPlace(st *runtime.StackTrace) string {
	if st == nil || len(st.CallFrames) == 0 {
		return ""
	}
	f := st.CallFrames[0]
	return fmt.Sprintf(" (%s:%d)", f.URL, f.LineNumber+1)
}

// call runs f with a deadline and fails the test on error.
func (tb *tab) call(t *testing.T, what string, f func(ctx context.Context) error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, actionTimeout)
	defer cancel()
	if err := f(ctx); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// do runs actions with a deadline and fails the test on error.
func (tb *tab) do(t *testing.T, what string, d time.Duration, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, d)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("%s: timed out after %s", what, d)
		}
		t.Fatalf("%s: %v", what, err)
	}
}

// eval evaluates a script with a deadline and fails the test on error.
func eval[T any](t *testing.T, tb *tab, what, js string, opts ...chromedp.EvaluateOption) T {
	t.Helper()
	return evalWithin[T](t, tb, what, js, actionTimeout, opts...)
}

// evalWithin is eval with its own deadline.
func evalWithin[T any](t *testing.T, tb *tab, what, js string, d time.Duration, opts ...chromedp.EvaluateOption) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, d)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, opts...))
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return v
}

// navigate loads a path of the tab's origin and waits for the load event.
func (tb *tab) navigate(t *testing.T, path string) {
	t.Helper()
	tb.do(t, "loading "+path, navTimeout, chromedp.Navigate(tb.origin+path))
}

// navigateResponse loads a path and returns the document's HTTP status.
func (tb *tab) navigateResponse(t *testing.T, path string) int64 {
	t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, navTimeout)
	defer cancel()
	resp, err := chromedp.Run(ctx, chromedp.NavigateResponse(tb.origin+path))
	if err != nil {
		t.Fatalf("loading %s: %v", path, err)
	}
	if resp == nil {
		t.Fatalf("loading %s: no response", path)
	}
	return resp.Status
}

// disableScripts turns JavaScript off in the tab, as a user who disabled it.
func (tb *tab) disableScripts(t *testing.T) {
	t.Helper()
	tb.call(t, "disabling JavaScript", func(ctx context.Context) error {
		_, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		return err
	})
}

// emulate sets the viewport width and the colour scheme.
func (tb *tab) emulate(t *testing.T, width int64, scheme string) {
	t.Helper()
	tb.do(t, fmt.Sprintf("emulating %dpx, %s", width, scheme), actionTimeout,
		chromedp.EmulateViewport(width, 800),
		chromedp.Func(func(ctx context.Context, target *chromedp.Target) error {
			_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
			})
			return err
		}),
	)
	// Let layout and any colour transition settle before measuring.
	eval[chromedp.Void](t, tb, "waiting for layout", `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 350))))`, chromedp.EvalAwaitPromise)
}

// pageState is what the tests read from a page in one script.
type pageState struct {
	Path       string   `json:"path"`
	H1         string   `json:"h1"`
	Loader     bool     `json:"loader"`     // go-app's #app-wasm-loader is present
	App        bool     `json:"app"`        // app.wasm runs (goappNav is Go's)
	Marker     bool     `json:"marker"`     // the document marked by markDocument is still loaded
	Verdicts   []string `json:"verdicts"`   // the outcome's two verdict labels
	Alignment  string   `json:"alignment"`  // the outcome's alignment label
	Active     string   `json:"active"`     // id of document.activeElement
	StartAgain bool     `json:"startAgain"` // the "Start again" link is there
	Text       string   `json:"text"`       // the main element's text
}

func (s pageState) String() string {
	return fmt.Sprintf("path=%q h1=%q verdicts=%q alignment=%q app=%v loader=%v marker=%v active=%q",
		s.Path, s.H1, s.Verdicts, s.Alignment, s.App, s.Loader, s.Marker, s.Active)
}

const stateJS = `(() => {
  const txt = (e) => (e ? e.textContent.replace(/\s+/g, " ").trim() : "");
  const nav = typeof window.goappNav === "function" ? String(window.goappNav).replace(/\s/g, "") : "";
  const main = document.querySelector("main");
  return {
    path: location.pathname,
    h1: txt(document.querySelector("h1")),
    loader: !!document.getElementById("app-wasm-loader"),
    app: nav !== "" && nav !== "function(){}",
    marker: window.__e2eMarker === true,
    verdicts: Array.from(document.querySelectorAll(".outcome > .verdicts .verdict-text")).map(txt),
    alignment: txt(document.querySelector(".outcome-summary .alignment-label")),
    active: document.activeElement ? document.activeElement.id : "",
    startAgain: !!document.querySelector(".your-answers a.start-again"),
    text: txt(main),
  };
})()`

// state reads the page once; ok is false while the page is navigating.
func (tb *tab) state() (pageState, error) {
	ctx, cancel := context.WithTimeout(tb.ctx, 5*time.Second)
	defer cancel()
	return chromedp.Run(ctx, chromedp.Evaluate[pageState](stateJS))
}

// waitFor polls the page until ok holds, and fails the test with what was
// expected and the last state seen after d.
func (tb *tab) waitFor(t *testing.T, what string, d time.Duration, ok func(pageState) bool) pageState {
	t.Helper()
	deadline := time.Now().Add(d)
	var last pageState
	var lastErr error
	for {
		s, err := tb.state()
		if err == nil {
			last, lastErr = s, nil
			if ok(s) {
				return s
			}
		} else {
			lastErr = err
		}
		if time.Now().After(deadline) {
			if lastErr != nil {
				t.Fatalf("%s: timed out after %s; last state: %s; last error: %v", what, d, last, lastErr)
			}
			t.Fatalf("%s: timed out after %s; last state: %s", what, d, last)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// waitApp waits until app.wasm runs the page, then marks the document so
// that a later full reload shows (pageState.Marker turns false).
func (tb *tab) waitApp(t *testing.T, page string) pageState {
	t.Helper()
	if components.IsStatic(page) {
		// A prerendered-only page: app.wasm never starts on it.
		tb.waitFor(t, "waiting for the prerendered page "+page, appTimeout, func(s pageState) bool { return s.H1 != "" })
	} else {
		tb.waitFor(t, "waiting for app.wasm to start on "+page, appTimeout, func(s pageState) bool {
			return s.App && !s.Loader
		})
	}
	eval[chromedp.Void](t, tb, "marking the document", `window.__e2eMarker = true`)
	s, err := tb.state()
	if err != nil {
		t.Fatalf("reading %s: %v", page, err)
	}
	return s
}

// screenshot takes a PNG with capture (chromedp.FullScreenshot for the
// whole page, chromedp.CaptureScreenshot for the first screen), and fails
// the test unless it is one.
func (tb *tab) screenshot(t *testing.T, what string, capture chromedp.Action[[]byte]) []byte {
	t.Helper()
	var png []byte
	tb.do(t, what, actionTimeout, chromedp.Func(func(ctx context.Context, target *chromedp.Target) error {
		var err error
		png, err = capture(ctx, target)
		return err
	}))
	if len(png) < 8 || string(png[1:4]) != "PNG" {
		t.Fatalf("%s: not a PNG (%d bytes)", what, len(png))
	}
	return png
}

// eventually calls ok until it holds or d has passed, every
// pollInterval, and reports whether it held: tests wait for a condition,
// never for a fixed time.
func eventually(d time.Duration, ok func() bool) bool {
	deadline := time.Now().Add(d)
	for !ok() {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(pollInterval)
	}
	return true
}

// pollInterval is how often eventually checks.
const pollInterval = 100 * time.Millisecond

// click clicks the first element that matches a CSS selector.
func (tb *tab) click(t *testing.T, what, sel string) {
	t.Helper()
	tb.do(t, what+" (clicking "+sel+")", stepTimeout, chromedp.Click(chromedp.CSS(sel)))
}
