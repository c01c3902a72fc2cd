package e2e

import (
	"regexp"
	"testing"

	"github.com/apl-explorer/explorer/policy"
)

// TestBadLinks checks that broken links get status 404 and a page that
// says what is wrong, from the server (status and prerendered HTML) and in
// the running app.
func TestBadLinks(t *testing.T) {
	for _, c := range []struct {
		name, path string
		h1         string
		mention    []string // words the page's main text must contain
	}{
		{"unknown-answer", "/ask/use/bogus", "This link does not work", []string{"bogus"}},
		{"two-answers-one-question", "/ask/use/develop", "This link does not work",
			[]string{policy.English().AnswerLabel("use"), policy.English().AnswerLabel("develop")}},
		{"no-such-page", "/nope", "Page not found", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			check := func(where string, p pageState) {
				t.Helper()
				if p.H1 != c.h1 {
					t.Errorf("%s %s: h1 %q, want %q", where, c.path, p.H1, c.h1)
				}
				for _, w := range c.mention {
					if !regexp.MustCompile(`\b` + regexp.QuoteMeta(w) + `\b`).MatchString(p.Text) {
						t.Errorf("%s %s: the page does not name %q; its text: %q", where, c.path, w, p.Text)
					}
				}
			}

			status, doc := fetch(t, c.path)
			if status != 404 {
				t.Errorf("GET %s: status %d, want 404", c.path, status)
			}
			check("GET (prerendered)", prerendered(doc))

			tb := newTab(t, env.origin)
			tb.expectStatus(c.path, 404)
			if st := tb.navigateResponse(t, c.path); st != 404 {
				t.Errorf("browser load of %s: status %d, want 404", c.path, st)
			}
			p := tb.waitApp(t, c.path)
			p = tb.waitFor(t, "app.wasm running at "+c.path+", want h1 "+c.h1, stepTimeout, func(p pageState) bool {
				return p.H1 == c.h1 && p.Path == c.path
			})
			check("browser (app.wasm)", p)
		})
	}
}
