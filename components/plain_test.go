package components

import (
	"regexp"
	"strings"
	"testing"

	"github.com/apl-explorer/explorer/policy"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestAnswerSentence checks the outcome's heading: one plain sentence per
// outcome, the 2022 policy in the past tense, the Convention in the
// present, built from the answers and verdicts.
func TestAnswerSentence(t *testing.T) {
	tests := []struct{ path, want string }{
		{"/ask/use/apl/korea", "The 2022 U.S. policy left using anti-personnel mines on the Korean Peninsula out of its commitments; the Convention bans it."},
		{"/ask/use/apl/elsewhere", "The 2022 U.S. policy ruled out using anti-personnel mines outside the Korean Peninsula; the Convention bans it."},
		{"/ask/destroy/apl/korea", "The 2022 U.S. policy allowed destroying stocks of anti-personnel mines needed to defend the Republic of Korea; the Convention requires it."},
		{"/ask/use/command", "The 2022 U.S. policy did not cover using command-detonated munitions; the Convention does not cover it."},
		{"/ask/clear", "The 2022 U.S. policy did not address clearing mined areas; the Convention requires it in the areas a member controls, and asks members able to do so to help others."},
		{"/ask/alternatives", "The 2022 U.S. policy committed the United States to serious efforts at working on alternatives to anti-personnel mines; the Convention allows it."},
		{"/ask/use/sensitive-av/korea", "It is disputed whether the 2022 U.S. policy covered, and the Convention covers, using anti-vehicle mines that a person can set off on the Korean Peninsula."},
	}
	for _, tt := range tests {
		s, err := policy.ParsePath(tt.path)
		if err != nil {
			t.Fatal(err)
		}
		if got := testView.AnswerSentence(s); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.path, got, tt.want)
		}
		page := render(t, wizardAt(tt.path))
		if h1 := regexp.MustCompile(`<h1 [^>]*>([^<]*)</h1>`).FindStringSubmatch(page); h1 == nil || h1[1] != tt.want {
			t.Errorf("%s: h1 = %v", tt.path, h1)
		}
	}
	// Every outcome has a sentence that names both regimes, with no
	// placeholder left and no present-tense claim about the 2022 policy.
	states, _ := policy.AllStates()
	for _, s := range states {
		if !s.Done() {
			continue
		}
		got := testView.AnswerSentence(s)
		for _, reg := range policy.Regimes() {
			if !strings.Contains(strings.ToLower(got), strings.ToLower(testView.c().RegimeShort(reg))) {
				t.Errorf("%s: %q does not name %s", s.Path, got, reg)
			}
		}
		if strings.ContainsAny(got, "{}") || strings.Contains(got, "policy allows") || strings.Contains(got, "policy bans") {
			t.Errorf("%s: %q", s.Path, got)
		}
	}
}

// TestOutcomeOrder checks, on every outcome, full and embedded: the h1,
// then the status of each regime, then the verdicts, then the reasons;
// the verdicts read as what each text says, each under its own heading
// with what it means; no rule code on the page; what would change the
// answer folded in a details element.
func TestOutcomeOrder(t *testing.T) {
	states, _ := policy.AllStates()
	for _, s := range states {
		if !s.Done() {
			continue
		}
		for _, prefix := range []string{"", EmbedPrefix} {
			page := render(t, wizardAt(prefix+s.Path))
			order := []string{`id="main-heading"`, `class="status-block"`}
			for _, reg := range policy.Regimes() {
				order = append(order, `id="verdict-`+string(reg)+`-h"`)
			}
			order = append(order, `class="outcome-summary"`)
			if prefix == "" {
				order = append(order, `id="why-h"`)
			}
			last := -1
			for _, mark := range order {
				i := strings.Index(page, mark)
				if i < 0 || i < last {
					t.Errorf("%s%s: %s missing or out of order (at %d, after %d)", prefix, s.Path, mark, i, last)
				}
				last = i
			}
			for _, reg := range policy.Regimes() {
				r := s.Outcome.Ruling(reg)
				if !strings.Contains(page, testView.c().StatusNote(reg)[:20]) {
					t.Errorf("%s%s: no status note of %s", prefix, s.Path, reg)
				}
				h2 := regexp.MustCompile(`(?s)<h2 [^>]*id="verdict-` + string(reg) + `-h"[^>]*>(.*?)</h2>`).FindStringSubmatch(page)
				if h2 == nil || policy.Fold(stripTags(icons.ReplaceAllString(h2[1], ""))) != testView.c().VerdictUnder(reg, r.Verdict) {
					t.Errorf("%s%s: verdict heading %v, want %q", prefix, s.Path, h2, testView.c().VerdictUnder(reg, r.Verdict))
				}
				if means := testView.c().Text("verdict." + string(r.Verdict) + ".means"); means == "" || !strings.Contains(page, means) {
					t.Errorf("%s%s: no meaning of %s", prefix, s.Path, r.Verdict)
				}
			}
			if regexp.MustCompile(`Rule |(us-2022|ottawa)/[a-z]`).MatchString(stripTags(page)) {
				t.Errorf("%s%s: a rule code is shown", prefix, s.Path)
			}
			if prefix == "" && len(s.Alternatives()) > 0 && !regexp.MustCompile(`(?s)<details class="what-would-change">\s*<summary>\s*<h2[^>]*>What would change this answer</h2>`).MatchString(page) {
				t.Errorf("%s: what would change the answer is not folded in a details element", s.Path)
			}
			if s.Outcome.IfAPL != nil && prefix == "" {
				if n := strings.Count(page, `class="readings-table"`); n != 1 {
					t.Errorf("%s: %d readings tables, want 1", s.Path, n)
				}
				for _, c := range []string{`href="/sources#art-2-1"`} {
					if n := strings.Count(page, c); n != 1 {
						t.Errorf("%s: %s cited %d times, want once", s.Path, c, n)
					}
				}
			}
		}
	}
}

// TestEmbedLinks checks that every link of an embedded page that leaves
// the embedded pages opens outside the frame.
func TestEmbedLinks(t *testing.T) {
	pages := []app.UI{&Explore{path: "/embed/explore"}}
	for _, p := range []string{"/embed/ask", "/embed/ask/use", "/embed/ask/use/apl/korea", "/embed/ask/use/sensitive-av/korea", "/embed/ask/clear"} {
		pages = append(pages, wizardAt(p))
	}
	link := regexp.MustCompile(`<a [^>]*>`)
	attr := func(tag, name string) string {
		m := regexp.MustCompile(` ` + name + `="([^"]*)"`).FindStringSubmatch(tag)
		if m == nil {
			return ""
		}
		return m[1]
	}
	for _, c := range pages {
		page := render(t, c)
		n := 0
		for _, a := range link.FindAllString(page, -1) {
			h := attr(a, "href")
			if strings.HasPrefix(h, EmbedPrefix+"/") || strings.HasPrefix(h, "#") {
				continue
			}
			n++
			if attr(a, "target") != "_blank" || !strings.Contains(attr(a, "rel"), "noopener") {
				t.Errorf("link %s opens inside the frame", a)
			}
		}
		if n == 0 {
			t.Error("no link leaves the embed: the test checks nothing")
		}
		if !strings.Contains(page, `src="`+EmbedScript+`"`) {
			t.Error("embedded page without its sizing script")
		}
	}
}

// TestStatusEverywhere checks that every page showing a verdict shows
// the regimes' status from the data, and that no page types the 2022
// policy's date into its prose.
func TestStatusEverywhere(t *testing.T) {
	pages := map[string]app.UI{
		"home": &Home{}, "about": &About{}, "explore": &Explore{}, "question": wizardAt("/ask/use"),
		"outcome": wizardAt("/ask/use/apl/korea"), "contested": wizardAt("/ask/use/sensitive-av/korea"),
		"sources": &Sources{},
	}
	for name, c := range pages {
		page := render(t, c)
		if name != "sources" && !strings.Contains(page, `class="status-block"`) {
			t.Errorf("%s: no status block", name)
		}
		txt := stripTags(page)
		if strings.Contains(txt, "As of 21 June 2022") {
			t.Errorf("%s: a hard-coded status date", name)
		}
	}
}

var (
	tags  = regexp.MustCompile(`<[^>]*>`)
	icons = regexp.MustCompile(`<span [^>]*class="icon"[^>]*>[^<]*</span>`)
)

// stripTags is a page's text, with each tag as nothing.
func stripTags(s string) string {
	return tags.ReplaceAllString(s, "")
}
