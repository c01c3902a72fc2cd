package policy

import (
	"errors"
	"strings"
	"testing"
)

func TestParsePath(t *testing.T) {
	tests := []struct {
		in      string
		path    string   // canonical, for valid input
		ignored []string // answers dropped
		problem Problem  // for invalid input
		nearest string
	}{
		{in: "/ask", path: "/ask"},
		{in: "/ask/use/apl/korea", path: "/ask/use/apl/korea"},
		{in: "/ask/korea/apl/use", path: "/ask/use/apl/korea"},
		{in: "/ask/clear/apl", path: "/ask/clear", ignored: []string{"apl"}},
		{in: "/ask/use/command/korea", path: "/ask/use/command", ignored: []string{"korea"}},
		{in: "/ask/develop/apl/military/korea", path: "/ask/develop/apl", ignored: []string{"military", "korea"}},
		{in: "/ask/use/korea", path: "/ask/use/korea"},
		{in: "/ask/use/bogus", problem: ProblemUnknown, nearest: "/ask/use"},
		{in: "/ask/use/develop", problem: ProblemConflict, nearest: "/ask/use"},
		{in: "/ask/use/use", problem: ProblemDuplicate, nearest: "/ask/use"},
		{in: "/ask/use//apl", problem: ProblemEmpty, nearest: "/ask/use/apl"},
		{in: "/ask/use/", problem: ProblemTrailing, nearest: "/ask/use"},
		{in: "/ask/", problem: ProblemTrailing, nearest: "/ask"},
		{in: "/ask/USE", problem: ProblemUnknown, nearest: "/ask"},
		{in: "/ask/%75se", problem: ProblemUnknown, nearest: "/ask"},
		{in: "/ask/use/" + strings.Repeat("a", 300), problem: ProblemTooLong, nearest: "/ask"},
		{in: "/asking", problem: ProblemNotWizard, nearest: "/ask"},
	}
	for _, tt := range tests {
		t.Run(tt.in[:min(len(tt.in), 40)], func(t *testing.T) {
			s, err := ParsePath(tt.in)
			if tt.problem != "" {
				var ie *InputError
				if !errors.As(err, &ie) {
					t.Fatalf("err = %v, want *InputError %s", err, tt.problem)
				}
				if ie.Problem != tt.problem || ie.Nearest != tt.nearest {
					t.Errorf("got %s → %s, want %s → %s", ie.Problem, ie.Nearest, tt.problem, tt.nearest)
				}
				if ie.Error() == "" {
					t.Error("empty message")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if s.Path != tt.path {
				t.Errorf("path = %s, want %s", s.Path, tt.path)
			}
			var ig []string
			for _, a := range s.Ignored {
				ig = append(ig, string(a))
			}
			if strings.Join(ig, ",") != strings.Join(tt.ignored, ",") {
				t.Errorf("ignored = %v, want %v", ig, tt.ignored)
			}
		})
	}
}

func TestUnknownSuggests(t *testing.T) {
	_, err := ParseAnswers([]string{"Use"})
	var ie *InputError
	if !errors.As(err, &ie) || ie.Suggest != "use" || !strings.Contains(err.Error(), `did you mean "use"`) {
		t.Errorf("err = %v, want a suggestion of use", err)
	}
	_, err = ParseAnswers([]string{"use", "develop"})
	if !errors.As(err, &ie) || !strings.Contains(err.Error(), "activity") || !strings.Contains(err.Error(), "alternatives") {
		t.Errorf("conflict message should name the question and list its answers: %v", err)
	}
}

// TestRoundTrip parses every reachable path and its shuffled forms.
func TestRoundTrip(t *testing.T) {
	for _, p := range AllPaths() {
		s, err := ParsePath(p)
		if err != nil || s.Path != p || len(s.Ignored) != 0 {
			t.Errorf("%s: parsed to %q, ignored %v, err %v", p, s.Path, s.Ignored, err)
		}
		segs := strings.Split(strings.TrimPrefix(p, "/ask"), "/")
		if len(segs) > 2 {
			for i, j := 1, len(segs)-1; i < j; i, j = i+1, j-1 {
				segs[i], segs[j] = segs[j], segs[i]
			}
			r, err := ParsePath("/ask" + strings.Join(segs, "/"))
			if err != nil || r.Path != p {
				t.Errorf("reversed %s: got %q, %v", p, r.Path, err)
			}
		}
	}
}

// FuzzParsePath: no panic, and a path accepted as canonical really is:
// it parses to itself with nothing ignored, and its answers are in
// asking order.
func FuzzParsePath(f *testing.F) {
	for _, p := range AllPaths() {
		f.Add(p)
	}
	for _, p := range []string{"/ask/use/bogus", "/ask/use/develop", "/ask//", "/ask/use/", "/ask/%00", "/ask/korea/apl/use", "/ask/clear/apl", "/", "", "/ask/use/use"} {
		f.Add(p)
	}
	f.Fuzz(func(t *testing.T, p string) {
		s, err := ParsePath(p)
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("%q: error %v is not an *InputError", p, err)
			}
			if ie.Nearest == "" || !strings.HasPrefix(ie.Nearest, "/ask") {
				t.Fatalf("%q: no nearest step", p)
			}
			if n, err := ParsePath(ie.Nearest); err != nil || n.Path != ie.Nearest {
				t.Fatalf("%q: nearest %q is not canonical", p, ie.Nearest)
			}
			return
		}
		c, err := ParsePath(s.Path)
		if err != nil || c.Path != s.Path || len(c.Ignored) != 0 {
			t.Fatalf("%q: canonical %q does not parse to itself", p, s.Path)
		}
		if s.Path == p && len(s.Ignored) != 0 {
			t.Fatalf("%q accepted as canonical with ignored answers", p)
		}
	})
}

// BenchmarkEvaluateAll evaluates every combination of answers under both
// regimes (240 combinations).
func BenchmarkEvaluateAll(b *testing.B) {
	for b.Loop() {
		completions(Answers{}, "", func(f full) bool {
			if _, err := DefaultPeriod().evaluate(f); err != nil {
				b.Fatal(err)
			}
			return true
		})
	}
}

// BenchmarkResolveAll resolves every reachable wizard state from its path.
func BenchmarkResolveAll(b *testing.B) {
	paths := AllPaths()
	b.ResetTimer()
	for b.Loop() {
		for _, p := range paths {
			if _, err := ParsePath(p); err != nil {
				b.Fatal(err)
			}
		}
	}
}
