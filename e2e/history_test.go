package e2e

import (
	"testing"

	"github.com/apl-explorer/explorer/policy"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestHistoryAndCases checks /history and /cases beyond the generic
// suites (axe, offline, the route table): both are prerendered with their
// content, so they work without JavaScript; /history needs no sideways
// scrolling at 320 px apart from its matrix's own scroll region; and a
// case's link is reached and followed with the keyboard alone.
func TestHistoryAndCases(t *testing.T) {
	needServer(t)
	for _, c := range []struct {
		path, h1 string
	}{
		{"/history", policy.English().Text("history.title")},
		{"/cases", policy.English().Text("cases.title")},
	} {
		status, doc := fetch(t, c.path)
		if status != 200 {
			t.Fatalf("GET %s: status %d", c.path, status)
		}
		if p := prerendered(doc); p.H1 != c.h1 {
			t.Errorf("GET %s: h1 %q, want %q", c.path, p.H1, c.h1)
		}
	}
	_, doc := fetch(t, "/history")
	if len(find(doc, hasClass("timeline-svg"))) != 1 || len(find(doc, hasClass("timeline-list"))) != 1 {
		t.Error("/history prerendered without the drawing and its list")
	}
	if n := len(find(doc, hasClass("hcell"))); n < 20*len(policy.Periods()) {
		t.Errorf("/history prerendered with %d matrix cells", n)
	}
	_, doc = fetch(t, "/cases")
	if n := len(find(doc, hasClass("case"))); n != len(policy.Cases()) {
		t.Errorf("/cases prerendered with %d cases, want %d", n, len(policy.Cases()))
	}

	tb := newTab(t, env.origin)
	tb.emulate(t, 320, "light")
	tb.navigate(t, "/history")
	tb.waitApp(t, "/history")
	got := eval[map[string]float64](t, tb, "measuring /history at 320 px", `(() => {
	  const svg = document.querySelector(".timeline-svg").getBoundingClientRect();
	  return { scrollWidth: document.documentElement.scrollWidth, svgRight: svg.right, svgWidth: svg.width };
	})()`)
	if got["scrollWidth"] > 320 || got["svgRight"] > 320 || got["svgWidth"] < 250 {
		t.Errorf("/history at 320 px: %v; want no sideways scrolling and the drawing at full width", got)
	}

	tb.emulate(t, 1280, "light")
	tb.navigate(t, "/cases")
	tb.waitApp(t, "/cases")
	target := resolvePath(t, "/ask/use/apl/korea")
	tb.tabTo(t, "keyboard on /cases", target.Path)
	tb.do(t, "following the Korea case's link with Enter", stepTimeout, chromedp.KeyEvent(kb.Enter))
	// /cases is prerendered only: its links load the next page in full
	// (a new document: the marker is gone), which the app then takes over.
	tb.waitFor(t, "the Korea outcome loaded in full, want "+describe(target), appTimeout, func(p pageState) bool {
		return shows(p, target) && !p.Marker && p.App
	})
}
