package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestHarness proves that the checks every test relies on can fail: a tab
// records a request to another origin, a console error, an uncaught
// exception and a content-security-policy violation. The probes stay on
// this machine: the other origin is the test server under the name
// "localhost" instead of "127.0.0.1".
func TestHarness(t *testing.T) {
	tb := newTab(t, env.origin)
	tb.navigate(t, "/about")
	tb.waitApp(t, "/about")
	other := strings.Replace(env.origin, "127.0.0.1", "localhost", 1)
	eval[chromedp.Void](t, tb, "probing", `
		console.error("e2e-probe-console");
		setTimeout(() => { throw new Error("e2e-probe-exception"); }, 0);
		new Image().src = "`+other+`/web/icon.svg?e2e-probe-csp";
	`)
	tb.do(t, "loading a page of another origin", navTimeout, chromedp.Navigate(other+"/about"))

	want := map[string]string{
		"console error":           "console.error: e2e-probe-console",
		"uncaught exception":      "e2e-probe-exception",
		"CSP violation":           "e2e-probe-csp",
		"request to other origin": "request to another origin: " + other + "/about",
	}
	var got string
	recordedAll := func() bool {
		tb.mu.Lock()
		got = strings.Join(tb.problems, "\n")
		tb.mu.Unlock()
		for _, w := range want {
			if !strings.Contains(got, w) {
				return false
			}
		}
		return true
	}
	if !eventually(10*time.Second, recordedAll) {
		for what, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("the tab did not record the %s (%q); it recorded:\n%s", what, w, got)
			}
		}
	}
	// The probes were on purpose: clear them so that the tab's own check
	// at the end passes.
	tb.mu.Lock()
	t.Logf("recorded as expected: %d problems", len(tb.problems))
	tb.problems = nil
	tb.mu.Unlock()
}
