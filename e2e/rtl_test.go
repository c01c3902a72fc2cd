package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// Issue 12, right to left: web/app.css lays out with logical properties,
// so dir="rtl" on <html> mirrors every page. Until the Arabic pages ship,
// this test turns the prerendered English pages right to left (scripts
// off, so nothing redraws them) and checks the CSS alone: at 320 px
// nothing scrolls sideways, not even with a long word in a heading, a
// verdict, the alignment or a card; the blocks' marking borders, the Back
// link's chevron and the skip link are on the right; the drawings stay
// left to right inside. It saves screenshots into test-output/screenshots/.

// longWord is longer than a 320 px line at any of the page's sizes.
const longWord = "протипіхотнихмінпротипіхотнихмінпротипіхотних"

const rtlJS = `((long) => {
  const d = document.documentElement;
  d.lang = "ar"; d.dir = "rtl";
  for (const sel of ["h1", ".verdict-label > span:not(.icon)", ".alignment-label", ".matrix th[scope=row]", ".option", ".back-link", ".history-matrix td"]) {
    const e = document.querySelector(sel);
    if (e) e.append(" " + long);
  }
  const out = {scrollWidth: d.scrollWidth, width: d.clientWidth, wide: []};
  for (const e of document.querySelectorAll("main *")) {
    const r = e.getBoundingClientRect();
    if (r.width > 0 && (r.left < -1 || r.right > d.clientWidth + 1) && !e.closest(".table-scroll, .tree-diagram, .visually-hidden, .skip-link, pre")) {
      out.wide.push(e.tagName.toLowerCase() + (e.className && typeof e.className === "string" ? "." + e.className.trim().split(/\s+/).join(".") : "") + " " + Math.round(r.left) + ".." + Math.round(r.right));
    }
  }
  out.wide = out.wide.slice(0, 8);
  const cs = (sel, pseudo) => { const e = document.querySelector(sel); return e ? getComputedStyle(e, pseudo) : null; };
  const back = cs(".back-link"), chevron = cs(".back-link", "::before");
  out.back = back ? {padStart: back.paddingRight, padEnd: back.paddingLeft, a: new DOMMatrix(chevron.transform).a} : null;
  const v = cs(".verdict");
  out.verdict = v ? {right: v.borderRightWidth, left: v.borderLeftWidth} : null;
  const s = cs(".status-block");
  out.status = s ? {right: s.borderRightWidth, left: s.borderLeftWidth} : null;
  out.svg = Array.from(document.querySelectorAll("svg.tree-svg, svg.timeline-svg")).map((e) => getComputedStyle(e).direction);
  const skip = document.querySelector(".skip-link");
  if (skip) { skip.focus(); const r = skip.getBoundingClientRect(); out.skip = {left: Math.round(r.left), right: Math.round(r.right)}; skip.blur(); }
  return out;
})`

type rtlReport struct {
	ScrollWidth int      `json:"scrollWidth"`
	Width       int      `json:"width"`
	Wide        []string `json:"wide"`
	Back        *struct {
		PadStart, PadEnd string
		A                float64
	} `json:"back"`
	Verdict *struct{ Right, Left string } `json:"verdict"`
	Status  *struct{ Right, Left string } `json:"status"`
	SVG     []string                      `json:"svg"`
	Skip    *struct{ Left, Right int }    `json:"skip"`
}

func TestRTLLayout(t *testing.T) {
	const width = 320
	for _, p := range []string{"/", "/ask/use", "/ask/use/apl/korea", "/explore", "/history", "/sources"} {
		t.Run(subtestName(p), func(t *testing.T) {
			tb := newTab(t, env.origin)
			tb.emulate(t, width, "light") // waits on a timer: before scripts are off
			tb.disableScripts(t)
			tb.navigate(t, p)
			r := eval[rtlReport](t, tb, "turning "+p+" right to left", rtlJS+`(`+fmt.Sprintf("%q", longWord)+`)`)
			t.Logf("%s rtl at %d px: %+v", p, width, r)
			if r.ScrollWidth > width {
				t.Errorf("%s right to left is %d px wide on a %d px screen; too wide: %q", p, r.ScrollWidth, width, r.Wide)
			} else if len(r.Wide) > 0 {
				t.Errorf("%s right to left: elements outside the %d px screen: %q", p, width, r.Wide)
			}
			if r.Back != nil && (r.Back.PadStart == "0px" || r.Back.PadEnd != "0px" || r.Back.A >= 0) {
				t.Errorf("%s: the Back link's chevron is not on the right pointing right: %+v", p, *r.Back)
			}
			if r.Verdict != nil && !(r.Verdict.Right == "8px" && r.Verdict.Left == "2px") {
				t.Errorf("%s: the verdict's marking border is not on the right: %+v", p, *r.Verdict)
			}
			if r.Status != nil && !(r.Status.Right == "6px" && r.Status.Left == "0px") {
				t.Errorf("%s: the status's marking border is not on the right: %+v", p, *r.Status)
			}
			for _, d := range r.SVG {
				if d != "ltr" {
					t.Errorf("%s: a drawing is laid out %s inside; its coordinates are left to right", p, d)
				}
			}
			if r.Skip == nil || r.Skip.Right > width || r.Skip.Right < width-40 || r.Skip.Left < 0 {
				t.Errorf("%s: the focused skip link is not at the top right: %+v", p, r.Skip)
			}
			name := "rtl-" + strings.Trim(strings.ReplaceAll(p, "/", "-"), "-")
			if p == "/" {
				name = "rtl-home"
			}
			saveFile(screenshotDir+name+"-320.png", tb.screenshot(t, "screenshot of "+p, chromedp.FullScreenshot(100)))
			saveFile(screenshotDir+name+"-320-first.png", tb.screenshot(t, "screenshot of "+p+"'s first screen", chromedp.CaptureScreenshot()))
		})
	}
}
