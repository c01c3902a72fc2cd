package e2e

import (
	"strconv"
	"testing"
)

// TestDisclosuresDrawnWhenOpened checks the folded sections of a page
// reached in the app: closed, a disclosure holds only its summary (the
// app does not build what nobody opened); opened, it holds what the
// prerendered page holds, links that work included.
func TestDisclosuresDrawnWhenOpened(t *testing.T) {
	needBrowser(t)
	tb := newTab(t, env.origin)
	target := resolvePath(t, "/ask/use/apl/korea")
	tb.startAtAsk(t)
	tb.walkTo(t, target, true)
	for _, c := range []struct{ class, inside string }{
		{"what-would-change", `a[href^="/ask/"]`},
		{"tag-legend", `a[href="/sources#tags"]`},
		{"embed-code", "pre code"},
	} {
		sel := "details." + c.class
		closed := eval[int](t, tb, "counting the children of a closed "+sel, `document.querySelector(`+strconv.Quote(sel)+`).children.length`)
		if closed != 1 {
			t.Errorf("%s closed has %d children; want the summary only", sel, closed)
		}
		tb.click(t, "opening "+sel, sel+" > summary")
		tb.waitFor(t, sel+" drawn once opened", stepTimeout, func(pageState) bool {
			return eval[bool](t, tb, "looking inside "+sel, `!!document.querySelector(`+strconv.Quote(sel+"[open] "+c.inside)+`)`)
		})
	}
	// An answer that would change the outcome is a working in-app link.
	tb.click(t, "choosing another answer", `details.what-would-change a[href^="/ask/"]`)
	tb.waitFor(t, "another outcome after following a link of what would change", stepTimeout, func(p pageState) bool {
		return p.Path != target.Path && p.Marker && p.H1 != ""
	})
}
