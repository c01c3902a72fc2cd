package components

import (
	"regexp"
	"strings"
	"testing"

	"github.com/apl-explorer/explorer/policy"
)

// visibleText is a page's text without markup, leaving out what is marked
// as English on purpose (quotations, document titles: lang="en") and
// what is never shown (scripts, styles, inline drawings' markup).
func visibleText(page string) string {
	for _, re := range []*regexp.Regexp{
		regexp.MustCompile(`(?s)<script.*?</script>`),
		regexp.MustCompile(`(?s)<style.*?</style>`),
		// Elements marked English, innermost first (blockquotes hold p).
		regexp.MustCompile(`(?s)<(p|span|strong|a|cite)\b[^>]*\blang="en"[^>]*>.*?</(p|span|strong|a|cite)>`),
		regexp.MustCompile(`(?s)<(blockquote|div)\b[^>]*\blang="en"[^>]*>.*?</(blockquote|div)>`),
		regexp.MustCompile(`<[^>]+>`),
	} {
		page = re.ReplaceAllString(page, " ")
	}
	return strings.Join(strings.Fields(page), " ")
}

// TestNoEnglishOnOtherPages draws one page of each kind in every other
// language and fails on any English catalog text found in it, apart from
// the ones that language writes the same (names, symbols).
func TestNoEnglishOnOtherPages(t *testing.T) {
	en := policy.English()
	var long []string
	for _, k := range en.Keys() {
		if v := en.Text(k); len(v) >= 24 && strings.Count(v, " ") >= 3 && !strings.ContainsAny(v, "{") {
			long = append(long, k)
		}
	}
	// The check can fail: the English pages hold such texts.
	found := 0
	for _, k := range long {
		if strings.Contains(visibleText(render(t, &About{vw: viewIn(en.Language)})), en.Text(k)) {
			found++
		}
	}
	if found < 5 {
		t.Fatalf("the English About page shows only %d long catalog texts: the check cannot see English", found)
	}
	for _, l := range policy.Languages()[1:] {
		vw := viewIn(l)
		pages := map[string]string{
			"home":     render(t, &Home{vw: vw}),
			"about":    render(t, &About{vw: vw}),
			"sources":  render(t, &Sources{vw: vw}),
			"explore":  render(t, &Explore{vw: vw, path: "/explore"}),
			"history":  render(t, &History{vw: vw}),
			"cases":    render(t, &Cases{vw: vw}),
			"notfound": render(t, &NotFound{vw: vw}),
		}
		for name, p := range map[string]string{"question": "/ask/use", "outcome": "/ask/use/apl/korea", "contested": "/ask/use/sensitive-av/korea", "as-of": "/as-of/2020-01-31/ask/use/apl/persistent", "bad link": "/ask/nope"} {
			w := wizardAt(p)
			w.vw = vw
			pages[name] = render(t, w)
		}
		for name, page := range pages {
			text := visibleText(page)
			for _, k := range long {
				if v := en.Text(k); v != vw.T(k) && strings.Contains(text, v) {
					t.Errorf("%s %s: English text of %s on the page: %q", l.ID, name, k, v)
				}
			}
		}
	}
}

// TestTranslationNoteEverywhere checks that every page in another
// language says once that its translation is unofficial, with a link to
// the same page in English, and that English pages do not.
func TestTranslationNoteEverywhere(t *testing.T) {
	for _, l := range policy.Languages() {
		vw := viewIn(l)
		vw.path = "/ask/use"
		w := wizardAt("/ask/use")
		w.vw = vw
		for name, page := range map[string]string{"question": render(t, w), "history": render(t, &History{vw: vw}), "cases": render(t, &Cases{vw: vw})} {
			n := strings.Count(page, `class="translation-note"`)
			switch {
			case l.ID == "en" && n != 0:
				t.Errorf("en %s: a translation note on an English page", name)
			case l.ID != "en" && n != 1:
				t.Errorf("%s %s: %d translation notes, want 1", l.ID, name, n)
			}
		}
	}
}
