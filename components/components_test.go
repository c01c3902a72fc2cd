package components

import (
	"html"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/apl-explorer/explorer/policy"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// render draws a component the way the server prerenders it.
func render(t *testing.T, c app.UI) string {
	t.Helper()
	return html.UnescapeString(app.HTMLString(c))
}

// TestWizardEveryState draws every reachable wizard state and checks the
// page against the policy: the question as the h1 with every option as a
// link to its canonical path, or both verdict labels, the alignment and
// every quoted clause of the outcome.
func TestWizardEveryState(t *testing.T) {
	states, err := policy.AllStates()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range states {
		for _, prefix := range []string{"", EmbedPrefix} {
			t.Run(prefix+s.Path, func(t *testing.T) {
				page := render(t, wizardAt(prefix+s.Path))
				if prefix == "" && !strings.Contains(page, `class="site-header"`) {
					t.Error("no site header")
				}
				if prefix != "" && strings.Contains(page, `class="site-header"`) {
					t.Error("embedded page has the site header")
				}
				if !s.Done() {
					// go-app writes attributes in no fixed order.
					h1 := regexp.MustCompile(`<h1 [^>]*id="main-heading"[^>]*>([^<]*)</h1>`).FindStringSubmatch(page)
					if h1 == nil || h1[1] != testView.c().QuestionTextIn(s.Next, s.Answers) {
						t.Errorf("h1 = %v, want %q", h1, testView.c().QuestionTextIn(s.Next, s.Answers))
					}
					for _, o := range s.Options() {
						if !strings.Contains(page, `href="`+prefix+o.Path+`"`) {
							t.Errorf("no link to %s", o.Path)
						}
					}
					return
				}
				o := s.Outcome
				for _, r := range o.Rulings {
					if !strings.Contains(page, `<span class="verdict-text">`+testView.c().VerdictLabel(r.Verdict)+`</span>`) {
						t.Errorf("no %s verdict %q", r.Regime, testView.c().VerdictLabel(r.Verdict))
					}
					if prefix != "" {
						// Embedded outcomes are compact: the reasons and
						// their sources are one link away.
						continue
					}
					for _, id := range r.Cites {
						c, _ := policy.CitationByID(id)
						if c.Quote != "" && !strings.Contains(page, "“"+c.Quote+"”") {
							t.Errorf("clause %s not quoted", id)
						}
						if !strings.Contains(page, `href="/sources#`+string(id)+`"`) {
							t.Errorf("no link to source %s", id)
						}
					}
				}
				if !strings.Contains(page, `class="alignment-label">`+testView.c().AlignmentLabel(o.Alignment)+`<`) {
					t.Errorf("no alignment %q", testView.c().AlignmentLabel(o.Alignment))
				}
				if prefix != "" {
					if !regexp.MustCompile(`<a [^>]*href="` + s.Path + `"[^>]*>`).MatchString(page) {
						t.Error("embedded outcome without a link to the full outcome")
					}
					return
				}
				if o.IfAPL != nil && !strings.Contains(page, testView.c().Text("reading.if-apl")) {
					t.Error("contested outcome without its readings")
				}
			})
		}
	}
}

// TestWizardBadLinks checks that a bad link names the bad part and links
// to the nearest valid step.
func TestWizardBadLinks(t *testing.T) {
	tests := []struct{ path, names, nearest string }{
		{"/ask/use/bogus", "“bogus” is not one of the answers", "/ask/use"},
		{"/ask/use/develop", "“Develop” and “Use” both answer", "/ask/use"},
		{"/ask/USE", "Did you mean “use”", "/ask"},
		{"/ask/use/apl/", "ends with a slash", "/ask/use/apl"},
	}
	for _, tt := range tests {
		page := render(t, wizardAt(tt.path))
		if !strings.Contains(page, tt.names) {
			t.Errorf("%s: page does not say %q", tt.path, tt.names)
		}
		if !regexp.MustCompile(`<a (class="button" href="` + tt.nearest + `"|href="` + tt.nearest + `" class="button")>`).MatchString(page) {
			t.Errorf("%s: no link to the nearest step %s", tt.path, tt.nearest)
		}
	}
}

// TestPages checks the static pages' key content, each derived from the
// policy package.
func TestPages(t *testing.T) {
	home := render(t, &Home{})
	for _, id := range figures {
		c, _ := policy.CitationByID(id)
		if !strings.Contains(home, c.Quote) || !strings.Contains(c.Quote, strings.TrimSuffix(strings.TrimPrefix(testView.c().Text("figure."+string(id)), "$"), " people")) {
			t.Errorf("home: figure %s not shown with its quote", id)
		}
	}
	if !strings.Contains(home, "2 December 2025") || !strings.Contains(home, `href="/ask"`) {
		t.Error("home: no status line or start link")
	}

	sources := render(t, &Sources{})
	for _, c := range policy.Citations() {
		if !strings.Contains(sources, `id="`+string(c.ID)+`"`) {
			t.Errorf("sources: no anchor %s", c.ID)
		}
	}
	for _, e := range policy.Timeline() {
		if !strings.Contains(sources, `id="`+e.ID+`"`) {
			t.Errorf("sources: no timeline entry %s", e.ID)
		}
	}
	for _, g := range policy.Glossary() {
		if term := policy.English().GlossaryTerm(g); !strings.Contains(sources, term) {
			t.Errorf("sources: no glossary term %s", term)
		}
	}

	explore := render(t, &Explore{})
	states, _ := policy.AllStates()
	for _, s := range states {
		if s.Done() && !strings.Contains(explore, `href="`+s.Path+`"`) {
			t.Errorf("explore: outcome %s not linked", s.Path)
		}
	}
	c, _ := policy.CheckClaim()
	if !strings.Contains(explore, html.EscapeString(testView.c().ClaimFinding(c))) || !strings.Contains(explore, "compares "+strconv.Itoa(c.Considered)+" cases") {
		t.Error("explore: claim check finding not shown")
	}
	if note, _, _ := testView.c().CitationNote("fs-align"); note == "" || !strings.Contains(explore, "no longer hold") || !strings.Contains(explore, "27 December 2025") {
		t.Error("explore: the fact sheet's NATO claim shown without its dated note")
	}
	if !strings.Contains(explore, `role="img" aria-labelledby="tree-title tree-desc"`) || !strings.Contains(explore, `class="tree-outline"`) {
		t.Error("explore: tree diagram or outline missing")
	}

	embedded := render(t, &Explore{path: "/embed/explore"})
	if strings.Contains(embedded, `class="site-header"`) || !strings.Contains(embedded, `href="/embed/ask/use/apl/korea"`) || strings.Contains(embedded, `href="/ask/use/apl/korea"`) {
		t.Error("embedded explore: chrome shown, or cells not linking to the embedded wizard")
	}
	if !strings.Contains(explore, `/web/embed.js" data-start="/explore"`) {
		t.Error("explore: no embed snippet")
	}

	about := render(t, &About{})
	if !strings.Contains(about, "not legal advice") {
		t.Error("about: no disclaimer")
	}
	nf := render(t, &NotFound{})
	if !strings.Contains(nf, "Page not found") || !strings.Contains(nf, `href="/"`) {
		t.Error("404: no heading or way back")
	}
}

// TestIsPage checks which paths the server treats as pages.
func TestIsPage(t *testing.T) {
	for p, want := range map[string]bool{
		"/": true, "/ask": true, "/ask/use/bogus": true, "/embed/ask/use": true,
		"/explore": true, "/sources": true, "/about": true, "/history": true, "/cases": true,
		"/nope": false, "/asking": false, "/embed": false, "/web/app.css": false,
	} {
		if IsPage(p) != want {
			t.Errorf("IsPage(%q) = %v, want %v", p, !want, want)
		}
	}
}

// wizardAt is a wizard drawing a path, for the tests.
func wizardAt(path string) *Wizard {
	w := &Wizard{}
	w.setPath(path)
	return w
}

// testView draws in English, as a page without a language prefix does.
var testView = viewIn(policy.Languages()[0])
