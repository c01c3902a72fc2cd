package policy

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestReferenceTable reproduces docs/RULES.md section 3 row by row: the
// wizard path, both verdicts, their citations and the alignment.
func TestReferenceTable(t *testing.T) {
	type row struct {
		path        string
		us          Verdict
		usCites     string
		ottawa      Verdict
		ottawaCites string
		alignment   Alignment
	}
	tests := []row{
		{"/ask/develop/apl", Prohibited, "fs-develop", Prohibited, "art-1-1-b", Aligned},
		{"/ask/produce/apl", Prohibited, "fs-develop", Prohibited, "art-1-1-b", Aligned},
		{"/ask/acquire/apl/military", Prohibited, "fs-develop", Prohibited, "art-1-1-b", Aligned},
		{"/ask/acquire/apl/mine-action", Prohibited, "fs-develop", Conditional, "art-3-1", USMoreRestrictive},
		{"/ask/acquire/apl/destruction", Prohibited, "fs-develop", Permitted, "art-3-2", USMoreRestrictive},
		{"/ask/stockpile/apl/military/elsewhere", Prohibited, "fs-destroy", Prohibited, "art-1-1-b art-4", ConditionsDiffer},
		{"/ask/stockpile/apl/military/korea", Excepted, "fs-destroy fs-korea", Prohibited, "art-1-1-b art-4", USLessRestrictive},
		{"/ask/stockpile/apl/mine-action", Prohibited, "fs-destroy fs-transfer", Conditional, "art-3-1", USMoreRestrictive},
		{"/ask/stockpile/apl/destruction", Conditional, "fs-destroy", Conditional, "art-4", ConditionsDiffer},
		{"/ask/transfer/apl/military", Prohibited, "fs-transfer", Prohibited, "art-1-1-b art-2-4", Aligned},
		{"/ask/transfer/apl/mine-action", Conditional, "fs-transfer", Conditional, "art-3-1", ConditionsDiffer},
		{"/ask/transfer/apl/destruction", Permitted, "fs-transfer", Permitted, "art-3-2", Aligned},
		{"/ask/use/apl/elsewhere", Prohibited, "fs-use", Prohibited, "art-1-1-a", Aligned},
		{"/ask/use/apl/korea", Excepted, "fs-use fs-korea", Prohibited, "art-1-1-a", USLessRestrictive},
		{"/ask/assist/apl/elsewhere", Prohibited, "fs-assist", Prohibited, "art-1-1-c", Aligned},
		{"/ask/assist/apl/korea", Excepted, "fs-assist fs-korea", Prohibited, "art-1-1-c", USLessRestrictive},
		{"/ask/destroy/apl/elsewhere", Required, "fs-destroy", Required, "art-1-2 art-4", ConditionsDiffer},
		{"/ask/destroy/apl/korea", Permitted, "fs-destroy fs-korea", Required, "art-1-2 art-4", USLessRestrictive},
		{"/ask/clear", Silent, "fs-mine-action", RequiredOwnAreas, "art-5 art-6", NotAddressed},
		{"/ask/alternatives", Effort, "fs-alternatives", Permitted, "art-2-1", USCommitsMore},
	}
	// Devices command and anti-vehicle: every activity but clear and
	// alternatives is out of scope in both regimes.
	for _, act := range needsDevice {
		tests = append(tests,
			row{"/ask/" + string(act) + "/command", OutOfScope, "art-2-1", OutOfScope, "art-2-1", Aligned},
			row{"/ask/" + string(act) + "/anti-vehicle", OutOfScope, "art-2-1 art-2-2 art-2-3", OutOfScope, "art-2-1 art-2-2 art-2-3", Aligned})
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			s, err := ParsePath(tt.path)
			if err != nil {
				t.Fatalf("ParsePath: %v", err)
			}
			if s.Path != tt.path || !s.Done() {
				t.Fatalf("path %q done=%v next=%q, want canonical complete", s.Path, s.Done(), s.Next)
			}
			o := *s.Outcome
			check := func(reg RegimeID, v Verdict, c string) {
				r := o.Ruling(reg)
				if r.Verdict != v {
					t.Errorf("%s verdict = %s, want %s", reg, r.Verdict, v)
				}
				var got []string
				for _, id := range r.Cites {
					got = append(got, string(id))
				}
				if strings.Join(got, " ") != c {
					t.Errorf("%s cites = %v, want %s", reg, got, c)
				}
			}
			check(US2022, tt.us, tt.usCites)
			check(Ottawa, tt.ottawa, tt.ottawaCites)
			if o.Alignment != tt.alignment {
				t.Errorf("alignment = %s, want %s", o.Alignment, tt.alignment)
			}
		})
	}
}

// TestContested checks the sensitive-av outcome: contested in both
// regimes, with the full apl outcome as one reading and out-of-scope as
// the other, asking the same questions as for apl.
func TestContested(t *testing.T) {
	states, err := AllStates()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, s := range states {
		if s.Answers[Device] != "sensitive-av" || !s.Done() {
			continue
		}
		n++
		o := s.Outcome
		if o.Alignment != AlignContested || o.Ruling(US2022).Verdict != Contested || o.Ruling(Ottawa).Verdict != Contested {
			t.Errorf("%s: not contested: %+v", s.Path, o)
		}
		aplPath := strings.Replace(s.Path, "sensitive-av", "apl", 1)
		ap, err := ParsePath(aplPath)
		if err != nil || !ap.Done() {
			t.Fatalf("%s: apl twin %s: %v", s.Path, aplPath, err)
		}
		if o.IfAPL == nil || o.IfAPL.key() != ap.Outcome.key() {
			t.Errorf("%s: if_apl reading differs from %s", s.Path, aplPath)
		}
		if o.IfNot == nil || o.IfNot.Ruling(US2022).Verdict != OutOfScope || o.IfNot.Ruling(Ottawa).Verdict != OutOfScope {
			t.Errorf("%s: if-not reading is not out-of-scope", s.Path)
		}
	}
	if n != 18 {
		t.Errorf("contested outcomes = %d, want 18 (one per apl outcome)", n)
	}
}

// TestAskingOrder checks docs/RULES.md section 1's description of which
// questions are asked, which the engine derives from the table.
func TestAskingOrder(t *testing.T) {
	tests := []struct {
		path string
		next QuestionID
	}{
		{"/ask", Activity},
		{"/ask/use", Device},
		{"/ask/clear", ""},
		{"/ask/alternatives", ""},
		{"/ask/use/command", ""},
		{"/ask/stockpile/anti-vehicle", ""},
		{"/ask/use/apl", Context},
		{"/ask/assist/apl", Context},
		{"/ask/destroy/apl", Context},
		{"/ask/acquire/apl", Purpose},
		{"/ask/stockpile/apl", Purpose},
		{"/ask/transfer/apl", Purpose},
		{"/ask/stockpile/apl/military", Context},
		{"/ask/stockpile/apl/mine-action", ""},
		{"/ask/transfer/apl/military", ""},
		{"/ask/develop/apl", ""},
		{"/ask/use/sensitive-av", Context},
	}
	for _, tt := range tests {
		s, err := ParsePath(tt.path)
		if err != nil {
			t.Fatalf("%s: %v", tt.path, err)
		}
		if s.Next != tt.next {
			t.Errorf("%s: next = %q, want %q", tt.path, s.Next, tt.next)
		}
	}
}

// TestExhaustive walks every reachable state: each ends in an outcome,
// each option leads to a state, no question is asked whose answer cannot
// change the outcome, none that can is skipped, and every outcome cites
// resolvable sources in every regime.
func TestExhaustive(t *testing.T) {
	for _, p := range Periods() {
		t.Run(p.From, func(t *testing.T) { exhaustive(t, p) })
	}
}

func exhaustive(t *testing.T, p *Period) {
	states, err := p.AllStates()
	if err != nil {
		t.Fatal(err)
	}
	byPath := map[string]State{}
	for _, s := range states {
		byPath[s.URL()] = s
	}
	outcomes := 0
	for _, s := range states {
		if s.Done() {
			outcomes++
			for _, r := range s.Outcome.Rulings {
				if len(r.Cites)+len(r.Primary)+len(r.Secondary) == 0 {
					t.Errorf("%s: %s has no citation", s.Path, r.Regime)
				}
				for _, c := range r.Cites {
					if _, ok := CitationByID(c); !ok {
						t.Errorf("%s: citation %s does not resolve", s.Path, c)
					}
				}
				if English().Explanation(r.Rule) == "" {
					t.Errorf("%s: rule %s has no explanation", s.Path, r.Rule)
				}
			}
			// Minimality: every answered question matters.
			for q := range s.Answers {
				if !p.matters(q, s.Answers.Without(q)) {
					t.Errorf("%s: question %s was asked but cannot change the outcome", s.Path, q)
				}
			}
			// Completeness: every completion agrees on the outcome.
			want := s.Outcome.key()
			completions(s.Answers, "", func(f full) bool {
				o, err := p.evaluate(f)
				if err != nil || o.key() != want {
					t.Errorf("%s: completion %v gives another outcome", s.Path, f)
					return false
				}
				return true
			})
			continue
		}
		opts := s.Options()
		q, _ := QuestionByID(s.Next)
		if len(opts) != len(q.Answers) {
			t.Errorf("%s: %d options, want %d", s.Path, len(opts), len(q.Answers))
		}
		distinct := map[string]bool{}
		for _, o := range opts {
			t2, ok := byPath[o.Path]
			if !ok {
				t.Errorf("%s: option %s leads to unknown %s", s.Path, o.Answer, o.Path)
				continue
			}
			if t2.Done() {
				distinct["outcome:"+t2.Outcome.key()] = true
			} else {
				distinct[o.Path] = true
			}
		}
		// The question matters: its options do not all lead alike.
		if len(distinct) < 2 {
			t.Errorf("%s: every answer to %s leads to the same place", s.Path, s.Next)
		}
		// No earlier question that could matter was skipped.
		for _, qq := range questions[:questionIndex(s.Next)] {
			if _, ok := s.Answers[qq.ID]; !ok && p.matters(qq.ID, s.Answers) {
				t.Errorf("%s: skipped %s, which matters", s.Path, qq.ID)
			}
		}
	}
	// The default (2022) walk is unchanged by the other periods; the
	// others are pinned so a change to a table is seen.
	want := map[string][2]int{
		"2004-02-27": {105, 70}, "2011-01-01": {97, 66}, "2014-06-27": {83, 58}, "2014-09-23": {81, 56},
		"2020-01-31": {87, 60}, "2022-06-21": {77, 54}, "2025-12-02": {61, 46},
	}[p.From]
	if len(states) != want[0] || outcomes != want[1] {
		t.Errorf("states = %d, outcomes = %d; want %d and %d (update when the table changes)", len(states), outcomes, want[0], want[1])
	}
}

// TestRulesPartition checks that, on the first day of every period from
// a regime's start on (earlier policies are consulted through deferrals),
// every complete answer set matches exactly one rule of the regime, and
// that every rule is used.
func TestRulesPartition(t *testing.T) {
	used := map[RuleID]bool{}
	for _, p := range Periods() {
		completions(Answers{}, "", func(f full) bool {
			for _, reg := range AllRegimes() {
				if RegimeStatus(reg).InForceFrom > p.From {
					continue
				}
				n := 0
				for _, r := range rulesOf(reg) {
					if r.When.matches(f) && r.validOn(p.From) {
						n++
						used[r.ID] = true
					}
				}
				if n != 1 {
					t.Errorf("%s on %v: %d %s rules match, want 1", p.From, f, n, reg)
				}
			}
			return true
		})
	}
	ids := map[RuleID]bool{}
	for _, r := range allRules() {
		if !used[r.ID] {
			t.Errorf("rule %s never applies", r.ID)
		}
		if ids[r.ID] {
			t.Errorf("rule id %s twice", r.ID)
		}
		ids[r.ID] = true
		if !strings.HasPrefix(string(r.ID), string(r.Regime)+"/") {
			t.Errorf("rule %s not named after its regime %s", r.ID, r.Regime)
		}
		for _, k := range append(slices.Clone(r.Primary), r.Secondary...) {
			if _, ok := SourceByKey(k); !ok {
				t.Errorf("rule %s: source %s unknown", r.ID, k)
			}
		}
		if r.Defer != "" && (r.Verdict != "" || RegimeStatus(r.Defer).InForceFrom >= RegimeStatus(r.Regime).InForceFrom) {
			t.Errorf("rule %s defers to %s: it must have no verdict and defer to an earlier policy", r.ID, r.Defer)
		}
	}
}

// TestAlign checks the alignment of docs/RULES.md section 2.
func TestAlign(t *testing.T) {
	tests := []struct {
		us, ot Verdict
		want   Alignment
		ok     bool
	}{
		{Prohibited, Prohibited, Aligned, true},
		{Excepted, Prohibited, USLessRestrictive, true},
		{Permitted, Required, USLessRestrictive, true},
		{Prohibited, Permitted, USMoreRestrictive, true},
		{Prohibited, Conditional, USMoreRestrictive, true},
		{Silent, Conditional, NotAddressed, true},
		{Contested, Contested, AlignContested, true},
		{OutOfScope, OutOfScope, Aligned, true},
		{Prohibited, Required, "", false},
		{OutOfScope, Prohibited, "", false},
	}
	for _, tt := range tests {
		got, ok := Align(tt.us, tt.ot)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Align(%s, %s) = %s, %v; want %s, %v", tt.us, tt.ot, got, ok, tt.want, tt.ok)
		}
	}
}

// TestClaim checks the claim of docs/RULES.md section 4 as the engine
// computes it: outside Korea the 2022 policy is never less restrictive;
// cells that neither regime covers are counted apart from real
// comparisons; where labels match but conditions differ, it says so.
func TestClaim(t *testing.T) {
	c, err := CheckClaim()
	if err != nil {
		t.Fatal(err)
	}
	// For stockpiles "korea" is a purpose, wherever the stocks are kept:
	// those two cases lie outside the peninsula too, and there the 2022
	// policy is less restrictive.
	if c.Holds || c.Counts[USLessRestrictive] != 2 {
		t.Errorf("holds = %v with %d less restrictive, want false with 2", c.Holds, c.Counts[USLessRestrictive])
	}
	want := map[string]Alignment{
		"/ask/stockpile/apl/military/korea":     USLessRestrictive,
		"/ask/destroy/apl/korea":                USLessRestrictive,
		"/ask/acquire/apl/mine-action":          USMoreRestrictive,
		"/ask/acquire/apl/destruction":          USMoreRestrictive,
		"/ask/stockpile/apl/mine-action":        USMoreRestrictive,
		"/ask/stockpile/apl/military/elsewhere": ConditionsDiffer,
		"/ask/stockpile/apl/destruction":        ConditionsDiffer,
		"/ask/transfer/apl/mine-action":         ConditionsDiffer,
		"/ask/destroy/apl/elsewhere":            ConditionsDiffer,
		"/ask/clear":                            NotAddressed,
		"/ask/alternatives":                     USCommitsMore,
	}
	if len(c.Exceptions) != len(want) {
		t.Errorf("exceptions = %+v", c.Exceptions)
	}
	for _, e := range c.Exceptions {
		if want[e.Path] != e.Alignment {
			t.Errorf("unexpected exception %+v", e)
		}
	}
	// 8 activities need a device; command and anti-vehicle mines are out
	// of scope of both for each of them.
	if c.NotCovered != 16 {
		t.Errorf("not covered = %d, want 16", c.NotCovered)
	}
	if c.Counts[Aligned] != 7 || c.Considered != 18 {
		t.Errorf("aligned = %d of %d considered, want 7 of 18", c.Counts[Aligned], c.Considered)
	}
	if c.Contested != 16 {
		t.Errorf("contested left out = %d, want 16", c.Contested)
	}
	if f := English().ClaimFinding(c); !strings.Contains(f, "compares 18 cases") || !strings.Contains(f, "In 2 of them") {
		t.Errorf("finding = %q", f)
	}
}

// TestQuotesVerbatim checks every fs-… quote against the shipped fact
// sheet, white space folded. The shipped copy is the one that counts; when
// the project's reference copy is present beside the repository (outside
// it, so a fresh clone does not have it), the shipped copy is also checked
// against it, byte for byte.
func TestQuotesVerbatim(t *testing.T) {
	body := Fold(factSheetMD)
	n := 0
	for _, c := range Citations() {
		if !strings.HasPrefix(string(c.ID), "fs-") {
			if c.Quote != "" {
				t.Errorf("%s: only fact-sheet clauses are quoted", c.ID)
			}
			continue
		}
		n++
		if c.Quote == "" || !strings.Contains(body, Fold(c.Quote)) {
			t.Errorf("%s: quote not found verbatim in the fact sheet: %q", c.ID, c.Quote)
		}
	}
	if n < 9 {
		t.Errorf("%d fact-sheet clauses, want at least the 9 of docs/RULES.md section 5", n)
	}
	if !strings.Contains(factSheetMD, "source_url: "+FactSheetURL) {
		t.Errorf("shipped fact sheet does not name its source URL %s", FactSheetURL)
	}
	if ref, err := os.ReadFile("../../shared/reference/fact-sheet-2022.md"); err == nil {
		if string(ref) != factSheetMD {
			t.Errorf("policy/sources/fact-sheet-2022.md differs from the reference copy")
		}
	} else {
		t.Logf("reference copy not beside the project (%v); checked the shipped copy only", err)
	}
}

// TestSegments checks that every clause is found and anchored exactly
// once in the fact sheet's blocks.
func TestSegments(t *testing.T) {
	found := map[CitationID]int{}
	for _, b := range FactSheet() {
		var joined strings.Builder
		for _, s := range Segments(b.Text) {
			joined.WriteString(s.Text)
			if s.Cite != "" {
				found[s.Cite]++
			}
		}
		if joined.String() != b.Text {
			t.Errorf("segments do not rebuild the block %q", b.Text)
		}
	}
	for _, c := range factSheetClauses {
		if found[c.id] != 1 {
			t.Errorf("%s anchored %d times, want 1", c.id, found[c.id])
		}
	}
}

// TestContent checks that every text the engine needs exists.
func TestContent(t *testing.T) {
	var keys []string
	for _, q := range questions {
		keys = append(keys, "question."+string(q.ID), "hint."+string(q.ID))
		for _, a := range q.Answers {
			keys = append(keys, "answer."+string(a), "hint."+string(a))
		}
	}
	for _, r := range allRules() {
		if r.Defer != "" {
			continue // explained by the rule it defers to
		}
		if English().Explanation(r.ID) == "" {
			t.Errorf("no explanation for %s", r.ID)
		}
		keys = append(keys, "verdict."+string(r.Verdict))
	}
	for _, a := range Alignments() {
		keys = append(keys, "alignment."+string(a))
	}
	for _, r := range AllRegimes() {
		keys = append(keys, "regime."+string(r), "regime."+string(r)+".about", "regime."+string(r)+".short", "status-note."+string(r))
	}
	for _, d := range Developments() {
		keys = append(keys, "ld."+d.ID)
	}
	for _, k := range keys {
		if English().Text(k) == "" {
			t.Errorf("no text for %s", k)
		}
	}
	for k := range English().texts {
		if strings.ContainsAny(English().Text(k), "\"“”") && !strings.HasPrefix(k, "mark.") {
			t.Errorf("%s: paraphrases carry no quotation marks: %q", k, English().Text(k))
		}
	}
}

// TestDevelopments checks dates, tags and that each is attached somewhere.
func TestDevelopments(t *testing.T) {
	for _, d := range Developments() {
		if d.Regime == "" && len(d.Rules) == 0 {
			t.Errorf("%s touches nothing", d.ID)
		}
		for _, r := range d.Rules {
			if !slices.ContainsFunc(allRules(), func(x Rule) bool { return x.ID == r }) {
				t.Errorf("%s: unknown rule %s", d.ID, r)
			}
		}
		for _, k := range d.Sources {
			if _, ok := SourceByKey(k); !ok {
				t.Errorf("%s: unknown source %s", d.ID, k)
			}
		}
		if d.Date <= AsOf {
			t.Errorf("%s: dated %s, not after %s", d.ID, d.Date, AsOf)
		}
	}
	s, _ := ParsePath("/ask/transfer/apl/military")
	got := map[string]bool{}
	for _, d := range DevelopmentsFor(*s.Outcome) {
		got[d.ID] = true
	}
	for _, id := range []string{"ld-ukraine-2024", "ld-reversal-2025", "ld-withdrawals-2025"} {
		if !got[id] {
			t.Errorf("transfer military: missing %s", id)
		}
	}
	s, _ = ParsePath("/ask/use/apl/korea")
	for _, d := range DevelopmentsFor(*s.Outcome) {
		if d.ID == "ld-ukraine-2024" {
			t.Errorf("use in Korea should not carry the Ukraine transfer")
		}
	}
}

// TestStateJSON checks the shape promised for `ask --json`.
func TestStateJSON(t *testing.T) {
	s, err := ParseAnswers([]string{"use", "apl", "korea"})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(English().ViewState(s))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if m["path"] != "/ask/use/apl/korea" || m["next"] != nil {
		t.Errorf("path/next wrong: %s", b)
	}
	o := m["outcome"].(map[string]any)
	us := o["us-2022"].(map[string]any)
	if us["verdict"] != "excepted" || us["label"] != "Excepted (Korean Peninsula)" || o["alignment"] != "us-less-restrictive" || o["if_apl"] != nil {
		t.Errorf("outcome wrong: %s", b)
	}
	cs := us["citations"].([]any)
	if cs[0].(map[string]any)["id"] != "fs-use" || !strings.HasPrefix(cs[0].(map[string]any)["quote"].(string), "Not use APL") {
		t.Errorf("citations wrong: %v", cs)
	}
	if ig, ok := m["ignored"].([]any); !ok || len(ig) != 0 {
		t.Errorf("ignored should be an empty list: %s", b)
	}
}

// TestExport checks the export is complete and the DOT is well formed.
func TestExport(t *testing.T) {
	e, err := English().BuildExport()
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Outcomes) != 54 || e.Tree == nil || e.Tree.Question != Activity || len(e.Tree.Branches) != 10 {
		t.Errorf("export incomplete: %d outcomes, tree %+v", len(e.Outcomes), e.Tree)
	}
	leaves := 0
	var walk func(n *Node)
	walk = func(n *Node) {
		if len(n.Branches) == 0 {
			leaves++
			if n.Alignment == "" {
				t.Errorf("leaf %s has no alignment", n.Path)
			}
		}
		for _, b := range n.Branches {
			walk(b.Node)
		}
	}
	walk(e.Tree)
	if leaves != 54 {
		t.Errorf("tree leaves = %d, want 54", leaves)
	}
	if _, err := json.Marshal(e); err != nil {
		t.Fatal(err)
	}
	d, err := English().DOT()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(d, "digraph policy {") || strings.Count(d, "->") != 76 {
		t.Errorf("DOT has %d edges, want 76", strings.Count(d, "->"))
	}
}

// allRules is every rule of every regime, regime by regime.
func allRules() []Rule {
	var out []Rule
	for _, reg := range AllRegimes() {
		out = append(out, rulesOf(reg)...)
	}
	return out
}
