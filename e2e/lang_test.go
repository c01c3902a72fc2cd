package e2e

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/apl-explorer/explorer/components"
	"github.com/apl-explorer/explorer/policy"
)

// Issue 12 in the browser: every language but English, with the app
// running. The pages' words are checked against the catalogs
// (policy.CatalogFor), never against strings typed here.

// otherLanguages is the registry without English, which is first.
func otherLanguages() []policy.Language { return policy.Languages()[1:] }

// catalogIn returns a registered language's catalog.
func catalogIn(t *testing.T, l policy.Language) *policy.Catalog {
	t.Helper()
	c, err := policy.CatalogFor(l.ID)
	if err != nil {
		t.Fatalf("policy.CatalogFor(%q): %v", l.ID, err)
	}
	return c
}

// langWant is what a page showing a wizard state in a language must show.
type langWant struct {
	lang      policy.Language
	path, h1  string
	verdicts  []string // an outcome's verdict labels, in card order
	alignment string
}

// wantIn is what a state looks like in a language: the path under the
// language's prefix, the question as the catalog words it (or the
// outcome's answer sentence), and an outcome's labels from the catalog.
func wantIn(t *testing.T, l policy.Language, s policy.State) langWant {
	t.Helper()
	cat := catalogIn(t, l)
	w := langWant{lang: l, path: components.LangPrefix(l) + s.URL()}
	if !s.Done() {
		w.h1 = squash(cat.QuestionTextIn(s.Next, s.Answers))
		return w
	}
	w.h1 = squash(components.AnswerSentence(l, s))
	v := cat.ViewOutcome(*s.Outcome)
	for _, reg := range v.Regimes {
		w.verdicts = append(w.verdicts, squash(v.Rulings[reg].Label))
	}
	w.alignment = squash(v.AlignmentLabel)
	return w
}

// squash collapses white space as stateJS reads text from the page: a
// French "question\u00a0?" reads "question ?".
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// heading reports whether the page is at the state with its h1.
func (w langWant) heading(p pageState) bool { return p.Path == w.path && p.H1 == w.h1 }

// shown reports whether the page shows the state in full.
func (w langWant) shown(p pageState) bool {
	return w.heading(p) && slices.Equal(p.Verdicts, w.verdicts) && p.Alignment == w.alignment
}

func (w langWant) String() string {
	if w.verdicts == nil {
		return fmt.Sprintf("%s: path=%q h1=%q", w.lang.ID, w.path, w.h1)
	}
	return fmt.Sprintf("%s: path=%q h1=%q verdicts=%q alignment=%q", w.lang.ID, w.path, w.h1, w.verdicts, w.alignment)
}

// docLang is the <html> element's lang and dir.
type docLang struct {
	Lang string `json:"lang"`
	Dir  string `json:"dir"`
}

// htmlLang reads the document's lang and dir.
func (tb *tab) htmlLang(t *testing.T) docLang {
	t.Helper()
	return eval[docLang](t, tb, "reading <html lang dir>",
		`({lang: document.documentElement.getAttribute("lang") || "", dir: document.documentElement.getAttribute("dir") || ""})`)
}

// checkLang fails the test unless <html> has the language's lang and dir.
func (tb *tab) checkLang(t *testing.T, l policy.Language, where string) {
	t.Helper()
	if got := tb.htmlLang(t); got.Lang != l.ID || got.Dir != l.Dir {
		t.Errorf("%s: <html lang=%q dir=%q>, want lang=%q dir=%q", where, got.Lang, got.Dir, l.ID, l.Dir)
	}
}

// asOfSample is the as-of outcome checked in every language, before the
// server's redirect to its canonical form (the last answer cannot change
// that outcome).
const asOfSample = "/as-of/2020-01-31/ask/use/apl/persistent/elsewhere"

// followRedirects GETs a path of the test server, following redirects, and
// returns the final path and status.
func followRedirects(t *testing.T, path string) (string, int) {
	t.Helper()
	needServer(t)
	c := &http.Client{Timeout: 30 * time.Second}
	resp, err := c.Get(env.origin + path)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	resp.Body.Close()
	return resp.Request.URL.EscapedPath(), resp.StatusCode
}

// canonicalAsOf returns the canonical path of asOfSample in a language, as
// the server's redirects give it, and checks that it is an outcome the
// policy package reads the same way.
func canonicalAsOf(t *testing.T, l policy.Language) string {
	t.Helper()
	pre := components.LangPrefix(l)
	got, status := followRedirects(t, pre+asOfSample)
	if status != http.StatusOK {
		t.Fatalf("GET %s, following redirects: status %d at %s, want 200", pre+asOfSample, status, got)
	}
	rest, ok := strings.CutPrefix(got, pre+"/")
	if !ok {
		t.Fatalf("GET %s redirects to %s, out of the language's prefix %q", pre+asOfSample, got, pre)
	}
	s, err := policy.ParseURL("/"+rest, time.Now().UTC().Format(time.DateOnly))
	if err != nil || !s.Done() || s.URL() != "/"+rest {
		t.Fatalf("GET %s redirects to %s, which is not a canonical outcome (policy.ParseURL: %v, URL %q)", pre+asOfSample, got, err, s.URL())
	}
	return got
}

// sameInBoth reports whether a text is the same in English and in
// another catalog under one key (the French for "Sources" is "Sources"):
// a heading equal to the English page's is then the language's own word,
// not a missed translation.
func sameInBoth(en, cat *policy.Catalog, text string) bool {
	for _, k := range en.Keys() {
		if squash(en.Text(k)) == text && squash(cat.Text(k)) == text {
			return true
		}
	}
	return false
}

// langPage is one page checked in a language, with the same page in
// English.
type langPage struct{ name, path, english string }

// langPages is one page of each type in a language: every page of the
// route table, the wizard's sample states (wizardSamples) and an as-of
// outcome.
func langPages(t *testing.T, l policy.Language) []langPage {
	t.Helper()
	en := policy.Languages()[0]
	var out []langPage
	for _, p := range components.Pages {
		if !p.States {
			out = append(out, langPage{p.Name, p.PathsIn(l)[0], p.PathsIn(en)[0]})
			continue
		}
		samples, ok := wizardSamples[p.Name]
		if !ok {
			t.Fatalf("page %q (%s) has states but no samples in wizardSamples: add some", p.Name, p.Path)
		}
		for _, s := range samples {
			out = append(out, langPage{s.name, components.LangPrefix(l) + s.path, s.path})
		}
		asOf := canonicalAsOf(t, l)
		out = append(out, langPage{"as-of-outcome", asOf, strings.TrimPrefix(asOf, components.LangPrefix(l))})
	}
	return out
}

// TestAccessibilityLanguages runs axe-core on one page of each type in
// every language but English, in the running app, light and dark, narrow
// and wide; each page has its language's lang and dir, and an h1 that is
// not the English page's.
func TestAccessibilityLanguages(t *testing.T) {
	tb := newTab(t, env.origin)
	for _, l := range otherLanguages() {
		t.Run(l.ID, func(t *testing.T) {
			for _, pg := range langPages(t, l) {
				t.Run(pg.name, func(t *testing.T) {
					status, doc := fetch(t, pg.english)
					english := prerendered(doc).H1
					if status != http.StatusOK || english == "" {
						t.Fatalf("the English page %s: status %d, h1 %q", pg.english, status, english)
					}
					tb.navigate(t, pg.path)
					tb.waitApp(t, pg.path)
					s := tb.waitFor(t, pg.path+" shown with an h1", stepTimeout, func(p pageState) bool { return p.Path == pg.path && p.H1 != "" })
					tb.checkLang(t, l, pg.path)
					if s.H1 == english {
						if !sameInBoth(catalogIn(t, policy.Languages()[0]), catalogIn(t, l), s.H1) {
							t.Errorf("%s: the h1 is the English page's: %q", pg.path, s.H1)
						} else {
							t.Logf("%s: the h1 %q is the same word in English and in the %s catalog", pg.path, s.H1, l.ID)
						}
					}
					tb.axeEverywhere(t, pg.name, pg.path)
				})
			}
		})
	}
}

// langWalks are the paths walked in every language: three, four and
// three questions; the last one changes language half-way.
var langWalks = []string{
	"/ask/acquire/apl/mine-action",
	"/ask/use/sensitive-av/elsewhere",
	"/ask/stockpile/apl/military/korea",
}

// startAtAskIn brings the tab to the first question in a language with
// the app running: by "Start again" on a page of that language, otherwise
// by loading the page.
func (tb *tab) startAtAskIn(t *testing.T, l policy.Language) {
	t.Helper()
	first := wantIn(t, l, resolvePath(t, "/ask"))
	pre := components.LangPrefix(l)
	s, err := tb.state()
	switch {
	case err == nil && s.App && s.Marker && s.Path == first.path:
	case err == nil && s.App && s.Marker && s.StartAgain && strings.HasPrefix(s.Path, pre+"/ask"):
		tb.click(t, "Start again", ".your-answers a.start-again")
	default:
		tb.navigate(t, first.path)
		tb.waitApp(t, first.path)
	}
	tb.waitFor(t, "at the first question, want "+first.String(), stepTimeout, func(p pageState) bool {
		return first.shown(p) && p.Marker
	})
	tb.checkLang(t, l, first.path)
}

// walkIn follows the option links of steps in a language, in the running
// app (no page load), and checks every page on the way against the
// language's catalog.
func (tb *tab) walkIn(t *testing.T, l policy.Language, target string, steps []step) {
	t.Helper()
	pre := components.LangPrefix(l)
	for i, st := range steps {
		w := wantIn(t, l, st.to)
		tb.click(t, fmt.Sprintf("%s: step to %s, choosing %s", l.ID, target, st.answer), optionSelector(pre+st.href))
		what := fmt.Sprintf("%s: after choosing %s (to %s), want %s in the running app", l.ID, st.answer, target, w)
		tb.waitFor(t, what, stepTimeout, func(p pageState) bool { return w.heading(p) && p.Marker })
		tb.waitFor(t, what, settleTimeout, func(p pageState) bool { return w.shown(p) && p.Marker })
		if i == len(steps)-1 {
			tb.checkLang(t, l, w.path)
		}
	}
}

// switchLanguage clicks the language switch's link to another language
// at a wizard state: the same answers under the new prefix, the page in
// the new language, and the app running there.
func (tb *tab) switchLanguage(t *testing.T, from, to policy.Language, at policy.State) {
	t.Helper()
	sel := fmt.Sprintf(`nav.lang-switch a[hreflang=%q]`, to.ID)
	link := eval[struct {
		Text string `json:"text"`
		Lang string `json:"lang"`
		Href string `json:"href"`
	}](t, tb, "reading the language switch", `(() => { const a = document.querySelector(`+fmt.Sprintf("%q", sel)+`);
		return a ? {text: a.textContent.trim(), lang: a.getAttribute("lang") || "", href: a.getAttribute("href") || ""} : {text: "", lang: "", href: ""}; })()`)
	w := wantIn(t, to, at)
	if link.Text != to.Name || link.Lang != to.ID || link.Href != w.path {
		t.Errorf("%s at %s: the switch's link to %s is %+v; want text %q, lang %q, href %q", from.ID, at.Path, to.ID, link, to.Name, to.ID, w.path)
	}
	tb.click(t, fmt.Sprintf("switching from %s to %s", from.ID, to.ID), sel)
	what := fmt.Sprintf("after switching from %s to %s at %s, want %s", from.ID, to.ID, at.Path, w)
	tb.waitFor(t, what, navTimeout, w.heading)
	tb.waitApp(t, w.path)
	tb.waitFor(t, what+" in the app", stepTimeout, func(p pageState) bool { return w.shown(p) && p.Marker })
	tb.checkLang(t, to, w.path+" after the switch")
}

// TestLanguageWalks walks three paths by clicks in every language but
// English; in the last one it changes language half-way by the language
// switch (French to Spanish, …, Korean to English), keeps the answers and
// finishes the walk in the new language.
func TestLanguageWalks(t *testing.T) {
	langs := policy.Languages()
	for i, l := range langs[1:] {
		next := langs[(i+2)%len(langs)]
		t.Run(l.ID, func(t *testing.T) {
			tb := newTab(t, env.origin)
			for j, path := range langWalks {
				t.Run(subtestName(path), func(t *testing.T) {
					target := resolvePath(t, path)
					steps := stepsTo(t, target)
					tb.startAtAskIn(t, l)
					if j < len(langWalks)-1 {
						tb.walkIn(t, l, path, steps)
						return
					}
					half := len(steps) / 2
					tb.walkIn(t, l, path, steps[:half])
					tb.switchLanguage(t, l, next, steps[half-1].to)
					tb.walkIn(t, next, path, steps[half:])
				})
			}
		})
	}
}
