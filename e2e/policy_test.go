package e2e

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/apl-explorer/explorer/components"
	"github.com/apl-explorer/explorer/policy"
)

// regimeOrder is the order of the verdict cards on an outcome page.
var regimeOrder = []policy.RegimeID{policy.US2022, policy.Ottawa}

// documentedVerdicts and documentedAlignments are the labels of
// docs/RULES.md section 2, the contract that outcome pages are checked
// against. They are written out here, not read from the policy package, so
// that a label changed by mistake in policy/content_en.go fails the walk; a
// deliberate relabel changes both places.
var documentedVerdicts = map[policy.Verdict]string{
	policy.Prohibited:  "Prohibited",
	policy.Permitted:   "Permitted",
	policy.Conditional: "Permitted with conditions",
	policy.Required:    "Required",
	policy.Excepted:    "Excepted (Korean Peninsula)",
	policy.Silent:      "Not addressed",
	policy.OutOfScope:  "Not covered: not an anti-personnel mine",
	policy.Contested:   "Contested",
	// A duty for a state's own mined areas (Convention Art. 5 and 6), and a
	// duty of effort (the fact sheet on alternatives).
	policy.RequiredOwnAreas: "Required in its own mined areas",
	policy.Effort:           "Committed to try",
}

var documentedAlignments = map[policy.Alignment]string{
	policy.Aligned:           "Aligned",
	policy.USLessRestrictive: "U.S. policy less restrictive",
	policy.USMoreRestrictive: "U.S. policy more restrictive",
	policy.NotAddressed:      "Not addressed by U.S. policy",
	policy.AlignContested:    "Contested",
	policy.ConditionsDiffer:  "Same verdict, different conditions",
	policy.USCommitsMore:     "U.S. policy commits to more",
}

// checkLabels fails when the policy package's labels differ from the
// documented ones.
func checkLabels(t *testing.T) {
	t.Helper()
	for v, want := range documentedVerdicts {
		if got := policy.English().VerdictLabel(v); got != want {
			t.Errorf("policy.English().VerdictLabel(%q) = %q; docs/RULES.md section 2 says %q", v, got, want)
		}
	}
	for a, want := range documentedAlignments {
		if got := policy.English().AlignmentLabel(a); got != want {
			t.Errorf("policy.English().AlignmentLabel(%q) = %q; docs/RULES.md section 2 says %q", a, got, want)
		}
	}
}

func verdictLabel(v policy.Verdict) string {
	if l, ok := documentedVerdicts[v]; ok {
		return l
	}
	return "(undocumented verdict " + string(v) + ")"
}

func alignmentLabel(a policy.Alignment) string {
	if l, ok := documentedAlignments[a]; ok {
		return l
	}
	return "(undocumented alignment " + string(a) + ")"
}

// outcomes returns every state of the wizard that is an outcome.
func outcomes(t *testing.T) []policy.State {
	t.Helper()
	all, err := policy.AllStates()
	if err != nil {
		t.Fatalf("policy.AllStates: %v", err)
	}
	var out []policy.State
	for _, s := range all {
		if s.Done() {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		t.Fatal("policy.AllStates has no outcome: nothing to walk")
	}
	return out
}

// resolvePath returns the wizard state of a canonical path.
func resolvePath(t *testing.T, path string) policy.State {
	t.Helper()
	s, err := policy.ParsePath(path)
	if err != nil {
		t.Fatalf("policy.ParsePath(%q): %v", path, err)
	}
	if s.Path != path {
		t.Fatalf("policy.ParsePath(%q): canonical path is %q; the test names a non-canonical path", path, s.Path)
	}
	return s
}

// heading is the h1 a state shows.
func heading(s policy.State) string {
	if s.Done() {
		return components.AnswerSentence(policy.Languages()[0], s)
	}
	return policy.English().QuestionTextIn(s.Next, s.Answers)
}

// wantVerdicts are the outcome's verdict labels in card order.
func wantVerdicts(s policy.State) []string {
	var out []string
	for _, reg := range regimeOrder {
		out = append(out, verdictLabel(s.Outcome.Ruling(reg).Verdict))
	}
	return out
}

// shows reports whether a page shows a state: its path, its heading and,
// for an outcome, both verdicts and the alignment, with the documented
// labels (which checkLabels ties to policy.VerdictLabel and
// policy.AlignmentLabel).
func shows(p pageState, s policy.State) bool {
	if p.Path != s.Path || p.H1 != heading(s) {
		return false
	}
	if !s.Done() {
		return true
	}
	return slices.Equal(p.Verdicts, wantVerdicts(s)) && p.Alignment == alignmentLabel(s.Outcome.Alignment)
}

// describe says what a page showing s must show, for failure messages.
func describe(s policy.State) string {
	if !s.Done() {
		return fmt.Sprintf("path=%q h1=%q", s.Path, heading(s))
	}
	return fmt.Sprintf("path=%q h1=%q verdicts=%q alignment=%q", s.Path, heading(s), wantVerdicts(s), alignmentLabel(s.Outcome.Alignment))
}

// step is one choice on the way to a state: the option link to follow and
// the state it leads to.
type step struct {
	answer policy.AnswerID
	href   string
	to     policy.State
}

// stepsTo returns the choices that lead from /ask to target, following the
// options the wizard offers (State.Options), as a user would.
func stepsTo(t *testing.T, target policy.State) []step {
	t.Helper()
	cur, err := policy.Resolve(policy.Answers{})
	if err != nil {
		t.Fatalf("policy.Resolve: %v", err)
	}
	var out []step
	for !cur.Done() {
		a, ok := target.Answers[cur.Next]
		if !ok {
			t.Fatalf("%s: the wizard asks %q, which the target does not answer", target.Path, cur.Next)
		}
		i := slices.IndexFunc(cur.Options(), func(o policy.Step) bool { return o.Answer == a })
		if i < 0 {
			t.Fatalf("%s: %q is not an option of %q at %s", target.Path, a, cur.Next, cur.Path)
		}
		href := cur.Options()[i].Path
		next := resolvePath(t, href)
		out = append(out, step{answer: a, href: href, to: next})
		cur = next
		if len(out) > 10 {
			t.Fatalf("%s: no outcome after 10 steps", target.Path)
		}
	}
	if cur.Path != target.Path {
		t.Fatalf("following the options to %s ends at %s", target.Path, cur.Path)
	}
	return out
}

// subtestName turns "/ask/use/apl/korea" into "use/apl/korea", so that
// `go test ./e2e -run TestWalkEveryOutcome/use/apl/korea` picks one path.
func subtestName(path string) string {
	return strings.TrimPrefix(strings.TrimPrefix(path, "/ask"), "/")
}

// optionSelector selects the option link of a question page that leads to
// href.
func optionSelector(href string) string {
	return fmt.Sprintf(`main a.option[href=%q]`, href)
}
