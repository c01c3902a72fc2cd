package e2e

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/apl-explorer/explorer/policy"
	"github.com/apl-explorer/explorer/server"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// hostPage is another site's page with body in its main element, below
// the heading.
func hostPage(body string) string {
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A host page</title></head>
<body><main><h1>A host page</h1>
` + body + `
</main></body></html>`
}

// serveHost serves page from a second loopback origin until the test
// ends, and returns that origin.
func serveHost(t *testing.T, page string) string {
	host := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page))
	}))
	t.Cleanup(host.Close)
	return host.URL
}

// hostSite serves, from a second origin, a host page that embeds the
// wizard at start with one line and records the messages the embed
// sends; it returns the page's origin.
func hostSite(t *testing.T, start string) string {
	t.Helper()
	needBrowser(t)
	return serveHost(t, hostPage(`<script>window.__msgs = []; document.addEventListener("apl-explorer", (e) => window.__msgs.push(e.detail));</script>
<script src="`+env.origin+`/web/embed.js" data-start="`+start+`" data-theme="light"></script>`))
}

type embedMsg struct {
	Type    string          `json:"type"`
	Path    string          `json:"path"`
	Height  float64         `json:"height"`
	Answers map[string]any  `json:"answers"`
	Outcome json.RawMessage `json:"outcome"`
}

// TestEmbed serves a host page from a second loopback origin that embeds
// the explorer from the first, and checks the embedding protocol of
// docs/EMBEDDING.md from the host's side.
func TestEmbed(t *testing.T) {
	tb := newTab(t, hostSite(t, "/ask/use"))
	tb.allow(env.origin)
	tb.navigate(t, "/")
	msgs := func() []embedMsg {
		return eval[[]embedMsg](t, tb, "reading the host's messages", `window.__msgs`)
	}
	waitMsg := func(what string, ok func(embedMsg) bool) embedMsg {
		t.Helper()
		var found embedMsg
		if !eventually(appTimeout, func() bool {
			for _, m := range msgs() {
				if ok(m) {
					found = m
					return true
				}
			}
			return false
		}) {
			t.Fatalf("%s: no such message; got %+v", what, msgs())
		}
		return found
	}
	frameHeight := func() float64 {
		return eval[float64](t, tb, "reading the frame's height", `document.querySelector("iframe").getBoundingClientRect().height`)
	}
	// waitHeight polls the frame's height until ok holds or stepTimeout
	// passes, and returns the last height read.
	waitHeight := func(ok func(float64) bool) float64 {
		var h float64
		eventually(stepTimeout, func() bool { h = frameHeight(); return ok(h) })
		return h
	}
	post := func(what, js string) {
		eval[chromedp.Void](t, tb, what, `document.querySelector("iframe").contentWindow.postMessage(`+js+`, "`+env.origin+`")`)
	}

	// The frame is there, sandboxed, named for screen readers, and sized
	// to the question page once the app runs.
	attrs := eval[map[string]string](t, tb, "reading the frame", `(() => { const f = document.querySelector("iframe"); return {title: f.title, sandbox: f.getAttribute("sandbox"), src: f.src}; })()`)
	if attrs["title"] == "" || !strings.Contains(attrs["sandbox"], "allow-scripts allow-same-origin allow-popups") || !strings.HasPrefix(attrs["src"], env.origin+"/embed/ask/use?") {
		t.Fatalf("frame attributes: %v", attrs)
	}
	// The frame sizes itself without the app; app.wasm loads only on an
	// interaction, never by itself (issue 15): once the frame has been
	// loaded for as long as the idle start waits, it has not asked for it.
	waitMsg("the first resize message", func(m embedMsg) bool { return m.Type == "apl-explorer:resize" })
	eval[chromedp.Void](t, tb, "waiting for the moment the idle start would come",
		`new Promise((r) => setTimeout(() => requestIdleCallback(() => requestIdleCallback(r, {timeout: 1000}), {timeout: 1000}), `+strconv.Itoa(server.StartDelay+1000)+`))`, chromedp.EvalAwaitPromise)
	tb.mu.Lock()
	for _, u := range tb.requests {
		if strings.Contains(u, "/web/app.wasm") {
			t.Errorf("the embed loaded app.wasm with no interaction: %s", u)
		}
	}
	tb.mu.Unlock()
	// A tap in the frame, off its links, starts the app.
	tb.do(t, "tapping the frame", actionTimeout, chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		r, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]float64](`(() => { const r = document.querySelector("iframe").getBoundingClientRect(); return {x: r.left + 3, y: r.top + 3}; })()`))
		if err != nil {
			return err
		}
		return chromedp.Do(ctx, chromedp.MouseClickXY(r["x"], r["y"]))
	}))
	waitMsg("the first answer message", func(m embedMsg) bool { return m.Type == "apl-explorer:answer" && m.Path == "/ask/use" })
	resized := waitMsg("a resize message", func(m embedMsg) bool { return m.Type == "apl-explorer:resize" && m.Height > 100 })
	questionHeight := waitHeight(func(h float64) bool { return h >= resized.Height-1 })
	if questionHeight < resized.Height-1 {
		t.Errorf("frame is %v px high, the content %v px: it would scroll", questionHeight, resized.Height)
	}
	historyBefore := eval[int](t, tb, "reading the history length", `history.length`)

	// The reader answers inside the frame with the keyboard: focus enters
	// the frame at its Back link, then the first answer.
	tb.do(t, "tabbing into the frame", actionTimeout, chromedp.KeyEvent(kb.Tab), chromedp.KeyEvent(kb.Tab), chromedp.KeyEvent(kb.Enter))
	waitMsg("the answer message for the first device", func(m embedMsg) bool { return m.Type == "apl-explorer:answer" && m.Path == "/ask/use/apl" })

	// The host moves the wizard to a long outcome.
	post("sending navigate", `{type: "apl-explorer:navigate", path: "/ask/use/apl/korea"}`)
	out := waitMsg("the outcome message", func(m embedMsg) bool { return m.Type == "apl-explorer:outcome" })
	s, err := policy.ParseAnswers([]string{"use", "apl", "korea"})
	if err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(policy.English().ViewState(s))
	var wantState, gotOutcome map[string]any
	json.Unmarshal(want, &wantState)
	json.Unmarshal(out.Outcome, &gotOutcome)
	if !reflect.DeepEqual(gotOutcome, wantState["outcome"]) {
		t.Errorf("outcome message differs from ask --json:\n got %s\nwant %s", out.Outcome, mustJSON(wantState["outcome"]))
	}
	if !reflect.DeepEqual(out.Answers, wantState["answers"]) {
		t.Errorf("answers = %v, want %v", out.Answers, wantState["answers"])
	}
	// The embedded outcome is compact (issue 15): the frame follows the
	// content's height, whichever way it changed.
	lastResize := func() float64 {
		h := 0.0
		for _, m := range msgs() {
			if m.Type == "apl-explorer:resize" {
				h = m.Height
			}
		}
		return h
	}
	if h := waitHeight(func(h float64) bool {
		want := lastResize()
		return want != resized.Height && h >= want-1 && h <= want+1
	}); h == questionHeight || h < lastResize()-1 || h > lastResize()+1 {
		t.Errorf("frame not resized for the outcome: %v px, content %v px, question page %v px", h, lastResize(), questionHeight)
	}

	// Malformed and foreign messages change nothing.
	n := len(msgs())
	post("sending a bad path", `{type: "apl-explorer:navigate", path: "/ask/use/bogus"}`)
	post("sending a foreign type", `{type: "something-else", path: "/ask/clear"}`)
	post("sending a string", `"apl-explorer:navigate /ask/clear"`)
	post("sending a navigate outside the wizard", `{type: "apl-explorer:navigate", path: "/about"}`)
	// Messages are delivered in order: once the wizard answers a good
	// navigate sent after them, any effect of the bad ones has shown.
	post("sending a good navigate", `{type: "apl-explorer:navigate", path: "/ask/stockpile"}`)
	waitMsg("the answer to the good navigate", func(m embedMsg) bool { return m.Type == "apl-explorer:answer" && m.Path == "/ask/stockpile" })
	for _, m := range msgs()[n:] {
		if m.Type == "apl-explorer:answer" && m.Path == "/ask/stockpile" {
			break
		}
		if m.Type == "apl-explorer:answer" || m.Type == "apl-explorer:outcome" {
			t.Errorf("a bad message moved the wizard: %+v", m)
		}
	}

	// The host's history did not grow while the reader clicked through.
	if got := eval[int](t, tb, "reading the history length", `history.length`); got != historyBefore {
		t.Errorf("history.length went from %d to %d: the embed adds history entries", historyBefore, got)
	}
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// TestEmbedLang checks embed.js's data-lang: the frame's path starts with
// /<lang> for every language but English, English (absent, empty, "en")
// has no prefix, and an unknown value falls back to English with a
// console warning. The other options still apply.
func TestEmbedLang(t *testing.T) {
	needBrowser(t)
	cases := []struct {
		attrs    string // data-* attributes of the script tag
		wantPath string
		warn     bool
	}{
		{`data-start="/ask/use"`, "/embed/ask/use", false},
		{`data-start="/ask/use" data-lang="en"`, "/embed/ask/use", false},
		{`data-start="/ask/use" data-lang=""`, "/embed/ask/use", false},
		{`data-start="/ask/use/apl/korea" data-lang="fr"`, "/fr/embed/ask/use/apl/korea", false},
		{`data-start="/ask" data-lang="es"`, "/es/embed/ask", false},
		{`data-start="/ask/use" data-lang="ar" data-theme="dark"`, "/ar/embed/ask/use", false},
		{`data-start="/explore" data-lang="uk"`, "/uk/embed/explore", false},
		{`data-start="/ask/use" data-lang="ko"`, "/ko/embed/ask/use", false},
		{`data-start="/ask/use" data-lang="KO"`, "/ko/embed/ask/use", false},
		{`data-start="/ask/use" data-lang="de"`, "/embed/ask/use", true},
		{`data-start="/ask/use" data-lang="../admin"`, "/embed/ask/use", true},
		{`data-start="/ask/use" data-lang="fr-CA"`, "/embed/ask/use", true},
		{`data-start="/bogus" data-lang="fr"`, "/fr/embed/ask", false},
	}
	var scripts []string
	wantWarnings := 0
	for _, c := range cases {
		scripts = append(scripts, `<script src="`+env.origin+`/web/embed.js" `+c.attrs+`></script>`)
		if c.warn {
			wantWarnings++
		}
	}
	// One embed per case, far below the first screen: embed.js makes its
	// frames loading="lazy", so none of them loads while the test reads
	// their addresses (the test is about the address embed.js builds,
	// whichever languages the server serves yet). The page records
	// console warnings.
	host := serveHost(t, hostPage(`<script>window.__warnings = []; (function (w) { console.warn = function () { window.__warnings.push(Array.from(arguments).join(" ")); return w.apply(console, arguments); }; })(console.warn);</script>
<div style="margin-top: 30000px">
`+strings.Join(scripts, "\n")+`
</div>`))

	tb := newTab(t, host)
	tb.allow(env.origin)
	tb.navigate(t, "/")
	got := eval[struct {
		Srcs     []string `json:"srcs"`
		Warnings []string `json:"warnings"`
	}](t, tb, "reading the frames", `({srcs: Array.from(document.querySelectorAll("iframe")).map((f) => f.src), warnings: window.__warnings})`)
	if len(got.Srcs) != len(cases) {
		t.Fatalf("%d frames for %d embeds: %q", len(got.Srcs), len(cases), got.Srcs)
	}
	for i, c := range cases {
		u, err := url.Parse(got.Srcs[i])
		if err != nil {
			t.Errorf("%s: frame address %q: %v", c.attrs, got.Srcs[i], err)
			continue
		}
		if u.Scheme+"://"+u.Host != env.origin || u.Path != c.wantPath || u.Query().Get("host") != host {
			t.Errorf("%s: frame address %s, want %s%s?host=%s…", c.attrs, got.Srcs[i], env.origin, c.wantPath, host)
		}
		if strings.Contains(c.attrs, `data-theme="dark"`) && u.Query().Get("theme") != "dark" {
			t.Errorf("%s: the theme was lost with the language: %s", c.attrs, got.Srcs[i])
		}
	}
	if len(got.Warnings) != wantWarnings {
		t.Errorf("%d console warnings for %d unknown languages: %q", len(got.Warnings), wantWarnings, got.Warnings)
	}
	for _, w := range got.Warnings {
		if !strings.Contains(w, "data-lang") || !strings.Contains(w, "using en") {
			t.Errorf("the warning does not say what is wrong and what happens: %q", w)
		}
	}
	// The frames stayed far below the first screen, unloaded: lazy
	// loading keeps the host page light, and the test independent of
	// which languages the server has yet.
	tb.mu.Lock()
	defer tb.mu.Unlock()
	for _, r := range tb.pages {
		if strings.Contains(r, "/embed/") {
			t.Logf("note: a lazy frame loaded anyway: %s", r)
		}
	}
}

// TestEmbedAccessibility runs axe on the embedded wizard's pages.
func TestEmbedAccessibility(t *testing.T) {
	needBrowser(t)
	for _, p := range []string{"/embed/ask/use", "/embed/ask/use/apl/korea"} {
		t.Run(subtestName(p), func(t *testing.T) {
			tb := newTab(t, env.origin)
			tb.navigate(t, p)
			tb.waitApp(t, p)
			if vs := tb.runAxe(t); len(vs) > 0 {
				t.Errorf("%s: %d accessibility violations:\n%s", p, len(vs), formatViolations(vs))
			}
		})
	}
}
