package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/css"
	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/chromedp"
)

// Issue 12: the pages are drawn with the system's fonts only, so the
// machine must have fonts for Arabic and Korean (.ci/run installs
// Debian's fonts-noto-core and fonts-noto-cjk). Without them the browser
// draws every letter as the same empty box (.notdef, "tofu") and the
// tests would pass on pages nobody can read.

// fontSample is the text checked in each language: "anti-personnel mines".
var fontSample = map[string]string{
	"ar": "الألغام المضادة للأفراد",
	"ko": "대인지뢰",
}

// samplesJS adds the samples to a page of the site (scripts off, so
// nothing redraws it): each is drawn with the font stack web/app.css
// gives its language.
const samplesJS = `((samples) => {
  const add = (id, lang, text) => {
    const p = document.createElement("p");
    p.id = id;
    if (lang) { p.lang = lang; p.dir = lang === "ar" ? "rtl" : "ltr"; }
    p.textContent = text;
    document.body.append(p);
  };
  add("s-en", "", "Anti-personnel mines");
  for (const [lang, text] of Object.entries(samples)) add("s-" + lang, lang, text);
  // Private-use code points: no font has them (the detector's own test).
  add("s-pua", "", "\uE000\uE001\uE002\uE003");
})`

// glyphsJS draws each distinct character of an element's text alone, in
// the element's computed font, on a canvas, and compares the bitmaps: a
// character without a font is drawn as the .notdef glyph, the same
// bitmap as a private-use code point, and the same as every other
// missing character. It returns the characters drawn as tofu (or blank)
// and how many distinct bitmaps the distinct characters gave.
const glyphsJS = `((id) => {
  const el = document.getElementById(id);
  const family = getComputedStyle(el).fontFamily;
  const c = document.createElement("canvas");
  c.width = 96; c.height = 96;
  const ctx = c.getContext("2d", {willReadFrequently: true});
  ctx.font = "64px " + family;
  const font = ctx.font;
  const draw = (ch) => {
    ctx.clearRect(0, 0, c.width, c.height);
    ctx.fillStyle = "#000";
    ctx.textBaseline = "middle";
    ctx.fillText(ch, 8, 48);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let s = "", ink = 0;
    for (let i = 3; i < d.length; i += 4) { s += String.fromCharCode(d[i]); if (d[i]) ink++; }
    return {s, ink, width: ctx.measureText(ch).width};
  };
  const notdef = draw("\uE000"), notdef2 = draw("\uE001");
  const chars = Array.from(new Set(Array.from(el.textContent.replace(/\s+/g, ""))));
  const tofu = [], seen = new Set(), widths = {};
  for (const ch of chars) {
    const g = draw(ch);
    widths[ch] = Math.round(g.width * 10) / 10;
    if (g.ink === 0 || g.s === notdef.s) tofu.push(ch);
    seen.add(g.s);
  }
  return {family, font, chars: chars.length, distinct: seen.size, tofu,
          notdefSame: notdef.s === notdef2.s, widths: JSON.stringify(widths)};
})`

type glyphReport struct {
	Family     string   `json:"family"`
	Font       string   `json:"font"`
	Chars      int      `json:"chars"`
	Distinct   int      `json:"distinct"`
	Tofu       []string `json:"tofu"`
	NotdefSame bool     `json:"notdefSame"`
	Widths     string   `json:"widths"`
}

// readable says whether every character had a glyph of its own.
func (g glyphReport) readable() bool {
	return g.Chars > 0 && len(g.Tofu) == 0 && g.Distinct == g.Chars
}

// TestFonts fails when the browser has no font for Arabic or Korean. It
// first proves that the detector can fail: private-use characters, which
// no font has, must be flagged as tofu.
func TestFonts(t *testing.T) {
	tb := newTab(t, env.origin)
	tb.disableScripts(t)
	tb.navigate(t, "/about")
	eval[chromedp.Void](t, tb, "adding the samples", samplesJS+"("+mustJSON(fontSample)+")")
	glyphs := func(id string) glyphReport {
		return eval[glyphReport](t, tb, "drawing #"+id, glyphsJS+`("`+id+`")`)
	}

	pua := glyphs("s-pua")
	t.Logf("private use: %d characters, %d distinct bitmaps, tofu %q (font %s)", pua.Chars, pua.Distinct, pua.Tofu, pua.Font)
	if !pua.NotdefSame || pua.readable() || len(pua.Tofu) != pua.Chars {
		t.Fatalf("the detector does not flag characters that no font has: %+v", pua)
	}
	if en := glyphs("s-en"); !en.readable() {
		t.Fatalf("the detector flags Latin letters as missing: %+v", en)
	}

	for _, lang := range []string{"ar", "ko"} {
		g := glyphs("s-" + lang)
		if !strings.Contains(g.Font, "64px") {
			t.Errorf("%s: the canvas did not take the page's font stack %q (got %q)", lang, g.Family, g.Font)
		}
		t.Logf("%s: %d characters, %d distinct glyphs, widths %s; stack %s; platform fonts: %s",
			lang, g.Chars, g.Distinct, g.Widths, g.Family, platformFonts(t, tb, "#s-"+lang))
		if !g.readable() {
			t.Errorf("%s: the browser has no font for %q: %d characters drawn as empty boxes (%q), %d distinct glyphs for %d characters; install Debian's fonts-noto-core (Arabic) and fonts-noto-cjk (Korean), as .ci/run does",
				lang, fontSample[lang], len(g.Tofu), g.Tofu, g.Distinct, g.Chars)
		}
	}
}

// platformFonts names the fonts Chromium drew an element's text with,
// for the log: which installed font serves the script.
func platformFonts(t *testing.T, tb *tab, sel string) string {
	t.Helper()
	var names []string
	tb.call(t, "reading the platform fonts of "+sel, func(ctx context.Context) error {
		if _, err := chromedp.Call(ctx, dom.Enable, dom.EnableParams{}); err != nil {
			return err
		}
		if _, err := chromedp.Call(ctx, css.Enable, cdp.Empty{}); err != nil {
			return err
		}
		doc, err := chromedp.Call(ctx, dom.GetDocument, dom.GetDocumentParams{})
		if err != nil {
			return err
		}
		n, err := chromedp.Call(ctx, dom.QuerySelector, dom.QuerySelectorParams{NodeID: doc.Root.NodeID, Selector: sel})
		if err != nil {
			return err
		}
		res, err := chromedp.Call(ctx, css.GetPlatformFontsForNode, css.GetPlatformFontsForNodeParams{NodeID: n.NodeID})
		if err != nil {
			return err
		}
		for _, f := range res.Fonts {
			names = append(names, fmt.Sprintf("%s (%.0f glyphs)", f.FamilyName, f.GlyphCount))
		}
		return nil
	})
	return strings.Join(names, ", ")
}
