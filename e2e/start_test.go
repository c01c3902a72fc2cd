package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestDeferredStart checks that app.wasm stays off the critical path: the
// prerendered page is usable and the app does not start at load; it
// starts at the first tap, or by itself once the page has been idle; and
// a keyboard user's focus survives the take-over.
func TestDeferredStart(t *testing.T) {
	needBrowser(t)

	t.Run("not-at-load", func(t *testing.T) {
		tb := newTab(t, env.origin)
		tb.navigate(t, "/ask/use")
		eval[chromedp.Void](t, tb, "waiting one second after load", `new Promise(r => setTimeout(r, 1000))`, chromedp.EvalAwaitPromise)
		s, err := tb.state()
		if err != nil {
			t.Fatal(err)
		}
		if s.App || eval[bool](t, tb, "reading the start time", `window.aplStartedAt !== undefined`) {
			t.Fatalf("the app started within a second of load without any interaction: %s", s)
		}
		if s.H1 != "What kind of device is it?" {
			t.Fatalf("the prerendered question is not shown: %s", s)
		}
		// The page as most readers first meet it, with go-app's loader
		// still there, meets WCAG too.
		if vs := tb.runAxe(t); len(vs) > 0 {
			t.Errorf("before the app starts: %d accessibility violations:\n%s", len(vs), formatViolations(vs))
		}
	})

	t.Run("at-first-tap", func(t *testing.T) {
		tb := newTab(t, env.origin)
		tb.navigate(t, "/ask/use")
		// A click on plain text (not a link): the pointerdown is the tap.
		tb.do(t, "tapping the page", actionTimeout, chromedp.MouseClickXY(5, 300))
		// Well before the idle start could happen.
		if at := evalWithin[float64](t, tb, "reading the start time", `window.aplStartedAt || -1`, 2*time.Second); at < 0 {
			t.Fatal("a tap did not start the app")
		}
		tb.waitApp(t, "/ask/use after a tap")
	})

	t.Run("when-idle-focus-kept", func(t *testing.T) {
		tb := newTab(t, env.origin)
		tb.navigate(t, "/ask/use")
		// A keyboard user tabs to an answer before the app starts.
		tb.tabTo(t, "tabbing before the app starts", "/ask/use/command")
		if eval[bool](t, tb, "reading the start time", `window.aplStartedAt !== undefined`) {
			t.Fatal("the keyboard started the app; only a tap or idleness should")
		}
		s := tb.waitApp(t, "/ask/use with no interaction")
		_ = s
		got := eval[string](t, tb, "reading the focused element", `(() => { const e = document.activeElement; return e ? (e.getAttribute("href") || e.id || e.tagName) : ""; })()`)
		if got != "/ask/use/command" {
			t.Fatalf("after the take-over focus is on %q, want the link the reader had reached (/ask/use/command)", got)
		}
		tb.do(t, "pressing Enter", actionTimeout, chromedp.KeyEvent(kb.Enter))
		tb.waitFor(t, "the outcome for a command-detonated munition", stepTimeout, func(p pageState) bool {
			return p.Path == "/ask/use/command" && len(p.Verdicts) == 2
		})
	})
}
