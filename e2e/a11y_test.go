package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/apl-explorer/explorer/components"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// axeTags are the WCAG levels checked: A and AA of 2.0, 2.1 and 2.2.
const axeTags = `["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]`

// wizardSamples are the states of a page with states that the browser
// tests visit, one of each kind, by the page's name in the route table.
var wizardSamples = map[string][]struct{ name, path string }{
	"wizard": {
		{"question", "/ask/use"},
		{"outcome", "/ask/use/apl/korea"},
		{"contested-outcome", "/ask/use/sensitive-av/elsewhere"},
	},
}

// a11yPages are the page types checked, one page of each: every page of
// the route table (components.Pages) at each of its paths, the sample
// states of a page with states, and the two 404 pages. A page added to
// the table is checked without an edit here; a page with states and no
// samples fails the test.
func a11yPages(t *testing.T) []struct{ name, path string } {
	var out []struct{ name, path string }
	for _, p := range components.Pages {
		if p.States {
			samples, ok := wizardSamples[p.Name]
			if !ok {
				t.Fatalf("page %q (%s) has states but no samples in wizardSamples: add some", p.Name, p.Path)
			}
			out = append(out, samples...)
			continue
		}
		for _, at := range p.Paths() {
			name := p.Name
			if at != p.Path {
				name += "-embedded"
			}
			out = append(out, struct{ name, path string }{name, at})
		}
	}
	return append(out,
		struct{ name, path string }{"not-found", "/nope"},
		struct{ name, path string }{"bad-link", "/ask/use/bogus"})
}

// axeViolation is the part of an axe result a failure message needs.
type axeViolation struct {
	ID      string   `json:"id"`
	Impact  string   `json:"impact"`
	Help    string   `json:"help"`
	HelpURL string   `json:"helpUrl"`
	Targets []string `json:"targets"`
	Summary string   `json:"summary"`
}

// runAxe injects axe-core (once per document) and runs it on the page.
func (tb *tab) runAxe(t *testing.T) []axeViolation {
	t.Helper()
	if env.axeErr != nil {
		t.Fatal(env.axeErr)
	}
	if !eval[bool](t, tb, "looking for axe", `typeof window.axe === "object"`) {
		eval[chromedp.Void](t, tb, "injecting axe-core", env.axeSrc+"\n;undefined")
	}
	js := `axe.run(document, {
		runOnly: { type: "tag", values: ` + axeTags + ` },
		resultTypes: ["violations"],
	}).then((r) => r.violations.map((v) => ({
		id: v.id,
		impact: v.impact || "",
		help: v.help,
		helpUrl: v.helpUrl,
		targets: v.nodes.map((n) => n.target.join(" ")),
		summary: v.nodes.length ? v.nodes[0].failureSummary : "",
	})))`
	return evalWithin[[]axeViolation](t, tb, "running axe", js, axeTimeout, chromedp.EvalAwaitPromise)
}

// axeEverywhere runs axe on the page in the tab, light and dark, at 320
// and 1280 px, one subtest each.
func (tb *tab) axeEverywhere(t *testing.T, name, path string) {
	for _, scheme := range []string{"light", "dark"} {
		for _, width := range []int64{320, 1280} {
			t.Run(fmt.Sprintf("%s-%d", scheme, width), func(t *testing.T) {
				tb.emulate(t, width, scheme)
				if vs := tb.runAxe(t); len(vs) > 0 {
					t.Errorf("%s (%s) in %s at %d px: %d axe violations:%s",
						name, path, scheme, width, len(vs), formatViolations(vs))
				}
			})
		}
	}
}

// cachedURLs lists every URL in the service worker's caches.
func (tb *tab) cachedURLs(t *testing.T) []string {
	t.Helper()
	return eval[[]string](t, tb, "listing the caches", `(async () => {
		const out = [];
		for (const k of await caches.keys()) {
			const c = await caches.open(k);
			for (const r of await c.keys()) out.push(r.url);
		}
		return out;
	})()`, chromedp.EvalAwaitPromise)
}

func formatViolations(vs []axeViolation) string {
	var b strings.Builder
	for _, v := range vs {
		fmt.Fprintf(&b, "\n  %s (%s): %s\n    %s\n    targets: %s\n    first: %s",
			v.ID, v.Impact, v.Help, v.HelpURL, strings.Join(v.Targets, " | "),
			strings.ReplaceAll(v.Summary, "\n", " / "))
	}
	return b.String()
}

// TestAccessibility runs axe-core on every page type in the running app,
// light and dark, narrow and wide, then completes a wizard path with the
// keyboard only.
func TestAccessibility(t *testing.T) {
	tb := newTab(t, env.origin)
	for _, pg := range a11yPages(t) {
		t.Run(pg.name, func(t *testing.T) {
			if pg.path == "/nope" || pg.path == "/ask/use/bogus" {
				tb.expectStatus(pg.path, 404)
			}
			tb.navigate(t, pg.path)
			tb.waitApp(t, pg.path)
			tb.axeEverywhere(t, pg.name, pg.path)
		})
	}

	t.Run("keyboard", func(t *testing.T) {
		tb.emulate(t, 1280, "light")
		tb.navigate(t, "/ask")
		tb.waitApp(t, "/ask")
		target := resolvePath(t, "/ask/stockpile/apl/military/korea")
		for i, st := range stepsTo(t, target) {
			what := fmt.Sprintf("keyboard step %d to %s (%s)", i+1, target.Path, st.answer)
			tb.tabTo(t, what, st.href)
			tb.do(t, what+": pressing Enter", stepTimeout, chromedp.KeyEvent(kb.Enter))
			tb.waitFor(t, what+": want "+describe(st.to)+" in the app with focus on the h1 (#main-heading)", stepTimeout, func(p pageState) bool {
				return shows(p, st.to) && p.Marker && p.Active == "main-heading"
			})
		}
	})
}

// tabTo presses Tab until the focused element is the link to href.
func (tb *tab) tabTo(t *testing.T, what, href string) {
	t.Helper()
	var seen []string
	for range 80 {
		tb.do(t, what+": pressing Tab", actionTimeout, chromedp.KeyEvent(kb.Tab))
		got := eval[string](t, tb, "reading the focused element", `(() => {
			const e = document.activeElement;
			if (!e) return "";
			return e.tagName.toLowerCase() + " " + (e.getAttribute("href") || e.id || e.textContent.trim().slice(0, 30));
		})()`)
		if got == "a "+href {
			return
		}
		seen = append(seen, got)
	}
	t.Fatalf("%s: Tab never reached the link to %s; focus went through %q", what, href, seen)
}
