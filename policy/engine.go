package policy

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Answers maps each answered question to its answer.
type Answers map[QuestionID]AnswerID

// nq is the number of questions.
const nq = 5

// full is one answer for every question, in asking order.
type full [nq]AnswerID

// devIndex is the device question's position in a full answer set.
const devIndex = 1

// Ruling is what one regime says about one set of answers.
type Ruling struct {
	Regime  RegimeID
	Verdict Verdict
	Rule    RuleID
	Cites   []CitationID
	// Primary and Secondary list the sources the explanation relies on
	// beyond its citations, by tag.
	Primary, Secondary []string
	Terms              Terms
	// DecidedBy is set when Regime left the case unchanged and an earlier
	// policy's rule decided it (Rule is then that policy's rule).
	DecidedBy RegimeID
	// Keeps is set on an exception: the earlier policy whose rules
	// continued to apply.
	Keeps RegimeID
}

// Outcome is the judgement of every regime on one set of answers.
type Outcome struct {
	// Period is the span of dates whose rules judged the answers.
	Period    *Period
	Rulings   []Ruling // in Period.Regimes() order
	Alignment Alignment
	// Gaps names the conditions that differ when both regimes give the
	// same verdict (Alignment is then ConditionsDiffer).
	Gaps []TermGap
	// IfAPL and IfNot are set when the device's status is contested: the
	// outcome if it is treated as an anti-personnel mine, and if not.
	IfAPL, IfNot *Outcome
}

// Ruling returns the ruling of one regime.
func (o Outcome) Ruling(reg RegimeID) Ruling {
	for _, r := range o.Rulings {
		if r.Regime == reg {
			return r
		}
	}
	return Ruling{}
}

// US is the ruling of the U.S. policy in force in the outcome's period.
func (o Outcome) US() Ruling { return o.Ruling(o.Period.US) }

// key identifies an outcome by its rules: two answer sets have the same
// outcome exactly when their keys are equal.
func (o Outcome) key() string {
	var b strings.Builder
	for _, r := range o.Rulings {
		b.WriteString(string(r.Rule))
		b.WriteByte(';')
	}
	if o.IfAPL != nil {
		b.WriteString("apl{" + o.IfAPL.key() + "}")
	}
	if o.IfNot != nil {
		b.WriteString("not{" + o.IfNot.key() + "}")
	}
	return b.String()
}

// ruling finds the rule of one regime that decides a complete answer set
// on a day, following a deferral to the earlier policy it names.
func ruling(reg RegimeID, f full, day string) (Ruling, *Readings, error) {
	var hit *Rule
	for _, r := range rulesOf(reg) {
		if r.When.matches(f) && r.validOn(day) {
			if hit != nil {
				return Ruling{}, nil, fmt.Errorf("policy: %s on %s: rules %s and %s both match %v", reg, day, hit.ID, r.ID, f)
			}
			r := r
			hit = &r
		}
	}
	if hit == nil {
		return Ruling{}, nil, fmt.Errorf("policy: %s on %s: no rule matches %v", reg, day, f)
	}
	if hit.Defer != "" {
		r, rd, err := ruling(hit.Defer, f, day)
		if err != nil {
			return Ruling{}, nil, fmt.Errorf("policy: %s defers to %s: %w", hit.ID, hit.Defer, err)
		}
		r.Regime = reg
		if r.DecidedBy == "" {
			r.DecidedBy = hit.Defer
		}
		return r, rd, nil
	}
	return Ruling{Regime: reg, Verdict: hit.Verdict, Rule: hit.ID, Cites: slices.Clone(hit.Cites), Primary: slices.Clone(hit.Primary), Secondary: slices.Clone(hit.Secondary), Terms: hit.Terms, Keeps: hit.Keeps}, hit.Readings, nil
}

// evaluate judges a complete set of answers under every regime of the
// period, on its first day (the rules are constant within it).
func (p *Period) evaluate(f full) (Outcome, error) {
	o := Outcome{Period: p}
	var readings *Readings
	for _, reg := range p.Regimes() {
		r, rd, err := ruling(reg, f, p.From)
		if err != nil {
			return Outcome{}, err
		}
		o.Rulings = append(o.Rulings, r)
		if rd != nil {
			readings = rd
		}
	}
	us, ot := o.Ruling(p.US), o.Ruling(Ottawa)
	a, ok := Align(us.Verdict, ot.Verdict)
	if !ok {
		return Outcome{}, fmt.Errorf("policy: no alignment for %s against %s at %v on %s", us.Verdict, ot.Verdict, f, p.From)
	}
	if g := gaps(us.Terms, ot.Terms); a == Aligned && len(g) > 0 {
		a, o.Gaps = ConditionsDiffer, g
	}
	o.Alignment = a
	if readings != nil {
		for _, rd := range []struct {
			dev AnswerID
			dst **Outcome
		}{{readings.IfAPL, &o.IfAPL}, {readings.IfNot, &o.IfNot}} {
			g := f
			g[devIndex] = rd.dev
			sub, err := p.evaluate(g)
			if err != nil {
				return Outcome{}, fmt.Errorf("policy: reading as %s: %w", rd.dev, err)
			}
			if sub.IfAPL != nil || sub.IfNot != nil {
				return Outcome{}, fmt.Errorf("policy: reading as %s is itself contested", rd.dev)
			}
			*rd.dst = &sub
		}
	}
	return o, nil
}

// strictness orders the verdicts that can be compared: the higher, the
// less the regime allows.
var strictness = map[Verdict]int{Permitted: 0, Excepted: 0, Conditional: 1, Prohibited: 2, Required: 2, RequiredOwnAreas: 2}

// Align compares a U.S. verdict with the Convention's verdict for the same
// answers (docs/RULES.md section 2), on the verdicts alone; evaluate then
// compares their terms. It reports false for a pair that has no defined
// alignment.
func Align(us, ottawa Verdict) (Alignment, bool) {
	switch {
	case us == Contested || ottawa == Contested:
		return AlignContested, true
	case us == Unknown:
		return AlignUnknown, true
	case us == Silent:
		return NotAddressed, true
	case us == ottawa:
		return Aligned, true
	case us == Effort && ottawa == Permitted:
		return USCommitsMore, true
	}
	su, ok1 := strictness[us]
	so, ok2 := strictness[ottawa]
	switch {
	case !ok1 || !ok2 || su == so:
		return "", false
	case su < so:
		return USLessRestrictive, true
	default:
		return USMoreRestrictive, true
	}
}

// completions calls fn with every complete answer set that agrees with a.
// Questions in free are varied even if a answers them.
func completions(a Answers, free QuestionID, fn func(full) bool) {
	var f full
	var rec func(i int) bool
	rec = func(i int) bool {
		if i == len(questions) {
			return fn(f)
		}
		q := questions[i]
		if v, ok := a[q.ID]; ok && q.ID != free {
			f[i] = v
			return rec(i + 1)
		}
		for _, v := range q.Answers {
			f[i] = v
			if !rec(i + 1) {
				return false
			}
		}
		return true
	}
	rec(0)
}

// buildTable numbers the outcome of every complete answer set in the
// period, indexed by the answers' positions: two sets have the same
// outcome exactly when their numbers are equal. The wizard consults it
// many times per step, so each period builds it once, on first use; an
// evaluation error gets a number of its own.
func (p *Period) buildTable() []int {
	ids := map[string]int{}
	table := make([]int, tableSize())
	completions(Answers{}, "", func(f full) bool {
		k := "error"
		if o, err := p.evaluate(f); err == nil {
			k = o.key()
		} else {
			k += err.Error()
		}
		if _, ok := ids[k]; !ok {
			ids[k] = len(ids)
		}
		table[flatIndex(positions(f))] = ids[k]
		return true
	})
	return table
}

// tableSize is the number of complete answer sets.
func tableSize() int {
	n := 1
	for _, q := range questions {
		n *= len(q.Answers)
	}
	return n
}

// positions turns answers into their positions in their questions' lists
// (-1 for none).
func positions(f full) [nq]int {
	var p [nq]int
	for i, q := range questions {
		p[i] = -1
		for j, a := range q.Answers {
			if a == f[i] {
				p[i] = j
				break
			}
		}
	}
	return p
}

// flatIndex numbers a complete set of positions, mixed-radix.
func flatIndex(p [nq]int) int {
	n := 0
	for i, q := range questions {
		n = n*len(q.Answers) + p[i]
	}
	return n
}

// matters reports whether the answer to q can change the outcome, given
// the other answers in a: whether two complete answer sets that agree with
// a differ only in q and have different outcomes.
func (per *Period) matters(q QuestionID, a Answers) bool {
	qi := questionIndex(q)
	var fixed full
	for i, qq := range questions {
		if qq.ID != q {
			fixed[i] = a[qq.ID]
		}
	}
	fp := positions(fixed)
	table := per.table()
	var p [nq]int
	var rec func(i int) bool
	rec = func(i int) bool {
		if i == len(questions) {
			first := -1
			for v := range questions[qi].Answers {
				p[qi] = v
				id := table[flatIndex(p)]
				if first == -1 {
					first = id
				} else if id != first {
					return true
				}
			}
			return false
		}
		if i == qi {
			return rec(i + 1)
		}
		if fp[i] >= 0 {
			p[i] = fp[i]
			return rec(i + 1)
		}
		for v := range questions[i].Answers {
			p[i] = v
			if rec(i + 1) {
				return true
			}
		}
		return false
	}
	return rec(0)
}

// State is where a set of answers leaves the wizard.
type State struct {
	// Period is the span of dates whose rules judge the answers.
	Period  *Period
	Answers Answers    // the answers that count
	Ignored []AnswerID // answers dropped because they cannot change the outcome
	Path    string     // the canonical path, "/ask/…" in asking order
	Next    QuestionID // the next question; "" when the outcome is known
	Outcome *Outcome   // set when Next is ""
}

// Done reports whether the wizard has reached an outcome.
func (s State) Done() bool { return s.Outcome != nil }

// Resolve resolves answers in the default view (the 2022 policy).
func Resolve(given Answers) (State, error) { return DefaultPeriod().Resolve(given) }

// Resolve drops the answers that cannot change the outcome, finds the next
// question and, when none is left, the outcome. The answers must be valid
// ids for their questions (see ParseAnswers).
func (p *Period) Resolve(given Answers) (State, error) {
	kept := Answers{}
	for q, a := range given {
		kept[q] = a
	}
	var ignored []AnswerID
	for changed := true; changed; {
		changed = false
		for _, q := range questions {
			if a, ok := kept[q.ID]; ok && !p.matters(q.ID, kept) {
				delete(kept, q.ID)
				ignored = append(ignored, a)
				changed = true
				break
			}
		}
	}
	s := State{Period: p, Answers: kept, Ignored: ignored, Path: PathOf(kept)}
	for _, q := range questions {
		if _, ok := kept[q.ID]; !ok && p.matters(q.ID, kept) {
			s.Next = q.ID
			return s, nil
		}
	}
	var f full
	completions(kept, "", func(g full) bool { f = g; return false })
	o, err := p.evaluate(f)
	if err != nil {
		return State{}, err
	}
	s.Outcome = &o
	return s, nil
}

// PathOf returns the wizard path of a set of answers, in asking order.
func PathOf(a Answers) string {
	var b strings.Builder
	b.WriteString("/ask")
	for _, q := range questions {
		if v, ok := a[q.ID]; ok {
			b.WriteString("/" + string(v))
		}
	}
	return b.String()
}

// With returns a copy of a with q answered by v.
func (a Answers) With(q QuestionID, v AnswerID) Answers {
	b := Answers{}
	for k, x := range a {
		b[k] = x
	}
	b[q] = v
	return b
}

// Without returns a copy of a with q unanswered.
func (a Answers) Without(q QuestionID) Answers {
	b := Answers{}
	for k, x := range a {
		if k != q {
			b[k] = x
		}
	}
	return b
}

// List returns the answers in asking order.
func (a Answers) List() []AnswerID {
	var out []AnswerID
	for _, q := range questions {
		if v, ok := a[q.ID]; ok {
			out = append(out, v)
		}
	}
	return out
}

// Step is one option of a question: the answer and where it leads.
type Step struct {
	Answer AnswerID
	Path   string // canonical path after choosing it
}

// Progress is the number of the question being asked: one more than the
// answers that count before it.
func (s State) Progress() int {
	n := 1
	for _, q := range questions {
		if q.ID == s.Next {
			break
		}
		if _, ok := s.Answers[q.ID]; ok {
			n++
		}
	}
	return n
}

// Back returns the path of the previous step: the last answer in asking
// order removed. At the first question it is "".
func (s State) Back() string {
	list := s.Answers.List()
	if len(list) == 0 {
		return ""
	}
	q, _ := QuestionOf(list[len(list)-1])
	return s.Period.Prefix() + PathOf(s.Answers.Without(q))
}

// Change returns the path that asks question q again, keeping the other
// answers.
func (s State) Change(q QuestionID) string { return s.Period.Prefix() + PathOf(s.Answers.Without(q)) }

// Options returns the options of the next question with their targets.
func (s State) Options() []Step {
	if s.Next == "" {
		return nil
	}
	q, _ := QuestionByID(s.Next)
	var out []Step
	for _, a := range q.Answers {
		p := s.Period.Prefix() + PathOf(s.Answers.With(s.Next, a))
		if t, err := s.Period.Resolve(s.Answers.With(s.Next, a)); err == nil {
			p = t.URL() // answers given ahead may now be irrelevant
		}
		out = append(out, Step{Answer: a, Path: p})
	}
	return out
}

// Alternative is another answer to an answered question that changes the
// outcome ("what would change this answer").
type Alternative struct {
	Question QuestionID
	Answer   AnswerID
	Path     string
	State    State
}

// Alternatives lists, for each answered question, the other answers that
// lead to a different outcome or to a further question.
func (s State) Alternatives() []Alternative {
	if s.Outcome == nil {
		return nil
	}
	var out []Alternative
	for _, q := range questions {
		cur, ok := s.Answers[q.ID]
		if !ok {
			continue
		}
		for _, a := range q.Answers {
			if a == cur {
				continue
			}
			t, err := s.Period.Resolve(s.Answers.With(q.ID, a))
			if err != nil {
				continue
			}
			if t.Outcome != nil && t.Outcome.key() == s.Outcome.key() {
				continue
			}
			out = append(out, Alternative{Question: q.ID, Answer: a, Path: t.URL(), State: t})
		}
	}
	return out
}

// AllStates returns every state of the default view; see
// Period.AllStates.
func AllStates() ([]State, error) { return DefaultPeriod().AllStates() }

// AllStates returns every state the wizard can reach in the period by
// following its options from the first question, in asking order (as the
// wizard offers the answers: use before develop, military before
// mine-action). The states are derived once per period and shared:
// callers must not modify their answers or outcomes.
func (p *Period) AllStates() ([]State, error) {
	states, err := p.states()
	return slices.Clone(states), err
}

// walk visits the wizard once; the pages, the exports and the claim
// check all read the same result.
func (p *Period) walk() ([]State, error) {
	start, err := p.Resolve(Answers{})
	if err != nil {
		return nil, err
	}
	seen := map[string]State{start.URL(): start}
	queue := []State{start}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		for _, st := range s.Options() {
			if _, ok := seen[st.Path]; ok {
				continue
			}
			t, err := p.Resolve(s.Answers.With(s.Next, st.Answer))
			if err != nil {
				return nil, err
			}
			seen[t.URL()] = t
			queue = append(queue, t)
		}
	}
	out := make([]State, 0, len(seen))
	for _, s := range seen {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Answers.Less(out[j].Answers) })
	return out, nil
}

// Less orders answer sets as the wizard offers them: question by question
// in asking order, an unanswered question first, then answers in their
// listed order.
func (a Answers) Less(b Answers) bool {
	var fa, fb full
	for i, q := range questions {
		fa[i], fb[i] = a[q.ID], b[q.ID]
	}
	pa, pb := positions(fa), positions(fb)
	return slices.Compare(pa[:], pb[:]) < 0
}

// AllURLs returns the canonical URL of every reachable wizard state in
// every period: the default view's unprefixed, the others under their
// as-of prefix.
func AllURLs() []string {
	var out []string
	for _, p := range Periods() {
		for _, path := range p.AllPaths() {
			out = append(out, p.Prefix()+path)
		}
	}
	return out
}

// AllPaths returns the canonical path of every reachable wizard state of
// the default view.
func AllPaths() []string { return DefaultPeriod().AllPaths() }

// AllPaths returns the canonical path of every reachable wizard state in
// the period, without its as-of prefix.
func (p *Period) AllPaths() []string {
	states, err := p.AllStates()
	if err != nil {
		return nil
	}
	out := make([]string, len(states))
	for i, s := range states {
		out[i] = s.Path
	}
	return out
}
