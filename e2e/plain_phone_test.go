package e2e

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Issue 15: plain answers for real people, tried on a phone, on paper and
// inside another site's page.

const phoneWidth, phoneHeight = 360, 740

// phone emulates a 360×740 touch screen.
func (tb *tab) phone(t *testing.T) {
	t.Helper()
	tb.do(t, "emulating a 360×740 touch phone", actionTimeout,
		chromedp.EmulateViewport(phoneWidth, phoneHeight, chromedp.EmulateScale(2), chromedp.EmulateMobile, chromedp.EmulateTouch),
		chromedp.Func(func(ctx context.Context, target *chromedp.Target) error {
			_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "light"}},
			})
			return err
		}),
	)
	eval[chromedp.Void](t, tb, "waiting for layout", `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 350))))`, chromedp.EvalAwaitPromise)
}

// foldJS measures, at the top of the page, where the answer's parts end.
const foldJS = `(() => {
  window.scrollTo(0, 0);
  const bottom = (sel) => { const e = document.querySelector(sel); return e ? Math.round(e.getBoundingClientRect().bottom) : -1; };
  return {
    h1: bottom("h1"),
    status: bottom(".outcome .status-block"),
    us: bottom("#verdict-us-2022-h"),
    ottawa: bottom("#verdict-ottawa-h"),
    usMeans: bottom("#verdict-us-2022-h + .verdict-means"),
    ottawaMeans: bottom("#verdict-ottawa-h + .verdict-means"),
    scrollWidth: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
  };
})()`

type fold struct {
	H1, Status, US, Ottawa, USMeans, OttawaMeans int
	ScrollWidth, Height                          int
}

// TestPlainPhoneAboveFold opens a simple and a contested outcome on a
// 360×740 touch phone, before and after app.wasm starts: the answer in
// words (h1), the status and both verdicts are on the first screen, and
// nothing scrolls sideways. It saves the simple outcome's first screen
// as docs/outcome-phone.png.
func TestPlainPhoneAboveFold(t *testing.T) {
	for _, p := range []string{"/ask/use/apl/korea", "/ask/use/sensitive-av/korea"} {
		t.Run(subtestName(p), func(t *testing.T) {
			tb := newTab(t, env.origin)
			tb.phone(t)
			tb.navigate(t, p)
			check := func(when string) fold {
				f := eval[fold](t, tb, "measuring "+p, foldJS)
				t.Logf("%s %s at 360×740: h1 ends at %d px, status at %d, U.S. verdict at %d (meaning %d), Convention verdict at %d (meaning %d); page %d px high, %d px wide",
					p, when, f.H1, f.Status, f.US, f.USMeans, f.Ottawa, f.OttawaMeans, f.Height, f.ScrollWidth)
				for name, v := range map[string]int{"h1": f.H1, "status": f.Status, "U.S. verdict": f.US, "Convention verdict": f.Ottawa} {
					if v < 0 || v > phoneHeight {
						t.Errorf("%s %s: the %s ends at %d px, below the first screen (%d px)", p, when, name, v, phoneHeight)
					}
				}
				if !(f.H1 < f.Status && f.Status < f.US && f.US < f.Ottawa) {
					t.Errorf("%s %s: order is not answer, status, verdicts: %+v", p, when, f)
				}
				if f.ScrollWidth > phoneWidth {
					t.Errorf("%s %s: the page is %d px wide on a %d px screen", p, when, f.ScrollWidth, phoneWidth)
				}
				return f
			}
			check("prerendered")
			tb.waitApp(t, p)
			check("in the app")
			if p == "/ask/use/apl/korea" {
				png := tb.screenshot(t, "screenshot of the first screen", chromedp.CaptureScreenshot())
				if _, err := saveFile("docs/outcome-phone.png", png); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

// TestPlainExplorePhone checks that Explore needs no sideways scrolling on
// a 360 px phone, and that each activity's card shows its label and its
// verdicts together.
func TestPlainExplorePhone(t *testing.T) {
	tb := newTab(t, env.origin)
	tb.phone(t)
	for _, p := range []string{"/explore", "/embed/explore"} {
		tb.navigate(t, p)
		tb.waitApp(t, p)
		got := eval[map[string]float64](t, tb, "measuring "+p, `(() => {
		  const row = document.querySelector(".matrix tbody tr");
		  const th = row.querySelector("th"), cell = row.querySelector("td.cell");
		  return {
		    scrollWidth: document.documentElement.scrollWidth,
		    tableWidth: document.querySelector(".matrix").getBoundingClientRect().width,
		    labelLeft: th.getBoundingClientRect().left, cellLeft: cell.getBoundingClientRect().left,
		    cellRight: cell.getBoundingClientRect().right,
		  };
		})()`)
		t.Logf("%s at 360 px: %v", p, got)
		if got["scrollWidth"] > phoneWidth || got["tableWidth"] > phoneWidth || got["cellRight"] > phoneWidth {
			t.Errorf("%s scrolls sideways on a phone: %v", p, got)
		}
	}
}

// TestPlainStatusFirst checks, in the running app, that the regimes'
// status appears before any verdict's reasons: on an outcome, a question
// page, Explore and inside an embed.
func TestPlainStatusFirst(t *testing.T) {
	tb := newTab(t, env.origin)
	for _, pg := range []struct{ path, after string }{
		{"/ask/use/apl/korea", "#verdict-us-2022-h"},
		{"/ask/use/apl/korea", "#why-h"},
		{"/ask/use", ".your-answers"},
		{"/explore", ".matrix"},
		{"/embed/ask/use/apl/korea", "#verdict-us-2022-h"},
		{"/embed/explore", ".matrix"},
	} {
		tb.navigate(t, pg.path)
		tb.waitApp(t, pg.path)
		ok := eval[string](t, tb, "reading "+pg.path, fmt.Sprintf(`(() => {
		  const s = document.querySelector(".status-block"), v = document.querySelector(%q);
		  if (!s) return "no status";
		  if (!v) return "no %s";
		  if (!(s.compareDocumentPosition(v) & Node.DOCUMENT_POSITION_FOLLOWING)) return "status after %s";
		  if (!/Reportedly replaced|In force/.test(s.textContent)) return "status without its label";
		  return "";
		})()`, pg.after, pg.after, pg.after))
		if ok != "" {
			t.Errorf("%s: %s", pg.path, ok)
		}
	}
}

// TestPlainPrint prints outcomes to A4 PDF and counts the pages: at most
// 2 for a simple outcome, 3 for a contested one.
func TestPlainPrint(t *testing.T) {
	tb := newTab(t, env.origin)
	for _, pg := range []struct {
		path string
		max  int
	}{
		{"/ask/use/apl/korea", 2},
		{"/ask/clear", 2},
		{"/ask/use/sensitive-av/korea", 3},
		{"/ask/stockpile/sensitive-av/military/korea", 3},
	} {
		tb.navigate(t, pg.path)
		tb.waitApp(t, pg.path)
		var pdf []byte
		tb.call(t, "printing "+pg.path, func(ctx context.Context) error {
			css := true
			res, err := chromedp.Call(ctx, page.PrintToPDF, page.PrintToPDFParams{PaperWidth: 8.27, PaperHeight: 11.69, PreferCSSPageSize: &css})
			pdf = res.Data
			return err
		})
		n := bytes.Count(pdf, []byte("/Type /Page")) - bytes.Count(pdf, []byte("/Type /Pages"))
		t.Logf("%s prints on %d A4 pages (%d bytes)", pg.path, n, len(pdf))
		if n < 1 || n > pg.max {
			t.Errorf("%s prints on %d pages, want 1 to %d", pg.path, n, pg.max)
		}
		saveFile("test-output/print-"+strings.ReplaceAll(subtestName(pg.path), "/", "-")+".pdf", pdf)
	}
	// What a printed page shows and hides.
	tb.navigate(t, "/ask/use/apl/korea")
	tb.waitApp(t, "/ask/use/apl/korea")
	tb.do(t, "emulating print", actionTimeout, chromedp.Func(func(ctx context.Context, target *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
		return err
	}))
	shown := eval[map[string]bool](t, tb, "reading the printed page", `(() => {
	  const vis = (sel) => { const e = document.querySelector(sel); return !!e && getComputedStyle(e).display !== "none" && e.getBoundingClientRect().height > 0; };
	  return {brand: vis(".brand"), question: vis(".question-words"), status: vis(".status-block"), link: vis(".printed-from"),
	          share: vis(".share"), embed: vis(".embed-code"), nav: vis(".nav"), change: vis(".what-would-change")};
	})()`)
	for k, want := range map[string]bool{"brand": true, "question": true, "status": true, "link": true, "share": false, "embed": false, "nav": false, "change": false} {
		if shown[k] != want {
			t.Errorf("printed page: %s shown = %v, want %v", k, shown[k], want)
		}
	}
	if txt := eval[string](t, tb, "reading the printed link", `document.querySelector(".printed-from").textContent`); !strings.Contains(txt, env.origin+"/ask/use/apl/korea") {
		t.Errorf("printed link %q is not the full address", txt)
	}
}

// TestPlainEmbedLinks embeds an outcome in a page of a second origin and
// checks that every link that leaves /embed/ opens outside the frame,
// before app.wasm starts and after; that the frame is sized to its
// content without app.wasm; and that the compact outcome links to the
// full one.
func TestPlainEmbedLinks(t *testing.T) {
	host := hostSite(t, "/ask/use/apl/korea")

	const linksJS = `(() => {
	  const bad = [];
	  let n = 0;
	  for (const a of document.querySelectorAll("a[href]")) {
	    if (a.origin === location.origin && (a.pathname.startsWith("/embed/") || a.getAttribute("href").startsWith("#"))) continue;
	    n++;
	    if (a.target !== "_blank" || !/noopener/.test(a.rel)) bad.push(a.getAttribute("href"));
	  }
	  return {n, bad, full: !!document.querySelector('.full-answer a[href$="/ask/use/apl/korea"][target="_blank"]')};
	})()`
	type links struct {
		N    int
		Bad  []string
		Full bool
	}
	check := func(when string, l links) {
		if l.N == 0 || len(l.Bad) > 0 || !l.Full {
			t.Errorf("%s: %d links leave the embed; open inside the frame: %q; link to the full outcome: %v", when, l.N, l.Bad, l.Full)
		}
	}

	// Before the app starts: scripts off in the embed's own tab.
	tb := newTab(t, env.origin)
	tb.disableScripts(t)
	tb.navigate(t, "/embed/ask/use/apl/korea")
	check("before app.wasm", eval[links](t, tb, "reading the links", linksJS))

	// After: in the running app.
	tb2 := newTab(t, env.origin)
	tb2.navigate(t, "/embed/ask/use/apl/korea")
	tb2.waitApp(t, "/embed/ask/use/apl/korea")
	check("in the app", eval[links](t, tb2, "reading the links", linksJS))

	// In a host page, the frame fits the content whether or not the app
	// has started: no inner scroll bar.
	tb3 := newTab(t, host)
	tb3.allow(env.origin)
	tb3.navigate(t, "/")
	var got map[string]float64
	if !eventually(appTimeout, func() bool {
		got = eval[map[string]float64](t, tb3, "reading the frame", `(() => {
		  const f = document.querySelector("iframe");
		  const r = (window.__msgs || []).filter((m) => m.type === "apl-explorer:resize");
		  return {frame: f.getBoundingClientRect().height, content: r.length ? r[r.length - 1].height : -1};
		})()`)
		return got["content"] > 0 && got["frame"] >= got["content"]-1 && got["frame"] <= got["content"]+1
	}) {
		t.Fatalf("the frame was never sized to its content: %v", got)
	}
	t.Logf("frame %v px for content of %v px", got["frame"], got["content"])
}
