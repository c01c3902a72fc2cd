package policy

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// SchemaVersion names the JSON export's schema (docs/POLICY.md). Fields may
// be added; none is removed or changes meaning without a new version.
const SchemaVersion = "apl-explorer/tree/v3"

// CitationView is a citation as exported.
type CitationView struct {
	ID      CitationID `json:"id"`
	Ref     string     `json:"ref"`
	Title   string     `json:"title"`
	Quote   string     `json:"quote,omitempty"`
	Summary string     `json:"summary,omitempty"`
	Tag     Tag        `json:"tag"`
	Sources []string   `json:"sources"`
	URL     string     `json:"url,omitempty"`
}

// RulingView is one regime's ruling with its texts.
type RulingView struct {
	Verdict     Verdict        `json:"verdict"`
	Label       string         `json:"label"`
	Rule        RuleID         `json:"rule"`
	Explanation string         `json:"explanation"`
	Citations   []CitationView `json:"citations"`
	Primary     []string       `json:"primary_sources,omitempty"`
	Secondary   []string       `json:"secondary_sources,omitempty"`
	// DecidedBy names the earlier policy whose rule decided the case,
	// which this one left unchanged.
	DecidedBy RegimeID `json:"decided_by,omitempty"`
	// Keeps names the earlier policy whose rules an exception kept.
	Keeps RegimeID `json:"keeps,omitempty"`
}

// DevelopmentView is a later development with its text.
type DevelopmentView struct {
	ID   string `json:"id"`
	Date string `json:"date"`
	When string `json:"when"`
	Text string `json:"text"`
	// Inference is what the explorer infers from the development, tagged
	// [D] in its text; "" when there is none.
	Inference string       `json:"inference,omitempty"`
	Tag       Tag          `json:"tag"`
	Sources   []string     `json:"sources"`
	Regime    RegimeID     `json:"regime,omitempty"`
	Rules     []RuleID     `json:"rules,omitempty"`
	Cites     []CitationID `json:"cites,omitempty"`
}

// OutcomeView is an outcome as exported: one member per regime id, then
// the alignment, the readings of a contested device, the developments
// that touch it and the date it describes.
type OutcomeView struct {
	// Regimes lists the regimes that judged, in order: the U.S. policy in
	// force, then the Convention.
	Regimes        []RegimeID
	AsOf           string
	Rulings        map[RegimeID]RulingView
	Alignment      Alignment
	AlignmentLabel string
	Gaps           []GapView
	IfAPL, IfNot   *OutcomeView
	Developments   []DevelopmentView
}

// MarshalJSON writes the members in a stable, readable order.
func (o OutcomeView) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	put := func(k string, v any) error {
		if b.Len() > 1 {
			b.WriteByte(',')
		}
		kb, _ := json.Marshal(k)
		vb, err := json.Marshal(v)
		if err != nil {
			return err
		}
		b.Write(kb)
		b.WriteByte(':')
		b.Write(vb)
		return nil
	}
	if err := put("us_policy", o.Regimes[0]); err != nil {
		return nil, err
	}
	for _, r := range o.Regimes {
		if err := put(string(r), o.Rulings[r]); err != nil {
			return nil, err
		}
	}
	devs := o.Developments
	if devs == nil {
		devs = []DevelopmentView{}
	}
	gaps := o.Gaps
	if gaps == nil {
		gaps = []GapView{}
	}
	for _, kv := range []struct {
		k string
		v any
	}{{"alignment", o.Alignment}, {"alignment_label", o.AlignmentLabel}, {"conditions_differ", gaps}, {"if_apl", o.IfAPL}, {"if_not", o.IfNot}, {"developments", devs}, {"as_of", o.AsOf}} {
		if err := put(kv.k, kv.v); err != nil {
			return nil, err
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// GapView is one condition on which the regimes differ, in words.
type GapView struct {
	Field  TermField `json:"field"`
	Label  string    `json:"label"`
	US     string    `json:"us"`
	Ottawa string    `json:"ottawa"`
}

// ViewCitation returns a citation as exported; ok is false for an
// unknown id.
func (cat *Catalog) ViewCitation(id CitationID) (CitationView, bool) {
	c, ok := CitationByID(id)
	if !ok {
		return CitationView{ID: id}, false
	}
	return CitationView{ID: c.ID, Ref: cat.CitationRef(c), Title: cat.CitationTitle(c), Quote: c.Quote, Summary: cat.CitationSummary(c), Tag: c.Tag, Sources: c.Sources, URL: c.URL}, true
}

// ViewDevelopment returns a development with its text.
func (cat *Catalog) ViewDevelopment(d Development) DevelopmentView {
	return DevelopmentView{ID: d.ID, Date: d.Date, When: cat.DevelopmentWhen(d), Text: cat.DevelopmentText(d.ID), Inference: cat.Text("ld." + d.ID + ".inference"), Tag: d.Tag, Sources: d.Sources, Regime: d.Regime, Rules: d.Rules, Cites: d.Cites}
}

// ViewOutcome returns an outcome with all its texts and citations.
func (cat *Catalog) ViewOutcome(o Outcome) OutcomeView {
	v := OutcomeView{Regimes: o.Period.Regimes(), AsOf: o.Period.From, Rulings: map[RegimeID]RulingView{}, Alignment: o.Alignment, AlignmentLabel: cat.AlignmentLabel(o.Alignment)}
	for _, g := range o.Gaps {
		v.Gaps = append(v.Gaps, GapView{Field: g.Field, Label: cat.Text("term." + string(g.Field)), US: cat.Text("term." + g.US), Ottawa: cat.Text("term." + g.Ottawa)})
	}
	for _, r := range o.Rulings {
		rv := RulingView{Verdict: r.Verdict, Label: cat.VerdictLabelOf(r.Regime, r.Verdict), Rule: r.Rule, Explanation: cat.Explanation(r.Rule), Primary: r.Primary, Secondary: r.Secondary, DecidedBy: r.DecidedBy, Keeps: r.Keeps}
		for _, id := range r.Cites {
			c, _ := cat.ViewCitation(id)
			rv.Citations = append(rv.Citations, c)
		}
		v.Rulings[r.Regime] = rv
	}
	if o.IfAPL != nil {
		x := cat.ViewOutcome(*o.IfAPL)
		x.Developments = nil
		v.IfAPL = &x
	}
	if o.IfNot != nil {
		x := cat.ViewOutcome(*o.IfNot)
		x.Developments = nil
		v.IfNot = &x
	}
	for _, d := range DevelopmentsFor(o) {
		v.Developments = append(v.Developments, cat.ViewDevelopment(d))
	}
	return v
}

// OptionView is one answer of a question.
type OptionView struct {
	ID    AnswerID `json:"id"`
	Label string   `json:"label"`
	Hint  string   `json:"hint"`
	Path  string   `json:"path,omitempty"`
}

// QuestionView is a question with its options.
type QuestionView struct {
	ID       QuestionID   `json:"id"`
	Question string       `json:"question"`
	Hint     string       `json:"hint"`
	Options  []OptionView `json:"options"`
}

// StateView is a wizard state as exported by `ask --json` and the
// embedding protocol.
type StateView struct {
	// Lang is the language of the labels and prose; ids never change.
	Lang string `json:"lang"`
	// Regimes holds each regime's status: a reader sees what a verdict
	// is worth today before the verdict.
	Regimes map[RegimeID]RegimeView `json:"regimes"`
	Answers Answers                 `json:"answers"`
	Path    string                  `json:"path"`
	Ignored []AnswerID              `json:"ignored"`
	Next    *QuestionView           `json:"next"`
	Outcome *OutcomeView            `json:"outcome"`
	// History holds every U.S. policy's verdict on the same answers, in
	// date order, one entry per period (docs/POLICY.md).
	History []HistoryView `json:"history"`
}

// PeriodView is a period as exported: its U.S. policy and that
// policy's status, its first day and its last (nil while it is open).
// The history and the export's periods embed it, so its members stand
// in their JSON objects.
type PeriodView struct {
	Policy RegimeID `json:"policy"`
	From   string   `json:"from"`
	To     *string  `json:"to"`
	Status Status   `json:"status"`
}

// viewPeriod returns a period as exported.
func viewPeriod(p *Period) PeriodView {
	v := PeriodView{Policy: p.US, From: p.From, Status: RegimeStatus(p.US).Status}
	if p.To != "" {
		to := p.To
		v.To = &to
	}
	return v
}

// HistoryView is one period of the history, as exported.
type HistoryView struct {
	PeriodView
	// Verdict is "depends" when an open question decides it; DependsOn
	// then gives the verdict per answer, or Open names the questions.
	Verdict   string                              `json:"verdict"`
	Label     string                              `json:"label"`
	Rule      RuleID                              `json:"rule,omitempty"`
	DependsOn map[QuestionID]map[AnswerID]Verdict `json:"depends_on,omitempty"`
	Open      []QuestionID                        `json:"open,omitempty"`
	Changed   bool                                `json:"changed"`
}

// DependsVerdict is the history's verdict when an open question decides.
const DependsVerdict = "depends"

// ViewHistory returns the history of a set of answers as exported.
func (cat *Catalog) ViewHistory(a Answers) []HistoryView {
	var out []HistoryView
	for _, row := range History(a) {
		p := row.Period
		v := HistoryView{PeriodView: viewPeriod(p), Verdict: string(row.Verdict), Rule: row.Rule, Open: row.Open, Changed: row.Changed}
		if row.Verdict == "" {
			v.Verdict = DependsVerdict
			v.Label = cat.Text("history.depends")
			if row.DependsOn != "" {
				m := map[AnswerID]Verdict{}
				for _, sp := range row.Split {
					m[sp.Answer] = sp.Verdict
				}
				v.DependsOn = map[QuestionID]map[AnswerID]Verdict{row.DependsOn: m}
			}
		} else {
			v.Label = cat.VerdictLabelOf(p.US, row.Verdict)
		}
		out = append(out, v)
	}
	return out
}

// ViewQuestion returns a question with its texts; with s set, each option
// carries the path it leads to from s.
func (cat *Catalog) ViewQuestion(id QuestionID, s *State) QuestionView {
	q, _ := QuestionByID(id)
	var given Answers
	if s != nil {
		given = s.Answers
	}
	v := QuestionView{ID: id, Question: cat.QuestionTextIn(id, given), Hint: cat.QuestionHintIn(id, given)}
	for _, a := range q.Answers {
		o := OptionView{ID: a, Label: cat.AnswerLabelIn(a, given), Hint: cat.AnswerHintIn(a, given)}
		if s != nil {
			o.Path = s.Period.Prefix() + PathOf(s.Answers.With(id, a))
			if t, err := s.Period.Resolve(s.Answers.With(id, a)); err == nil {
				o.Path = t.URL()
			}
		}
		v.Options = append(v.Options, o)
	}
	return v
}

// ViewState returns a wizard state as exported.
func (cat *Catalog) ViewState(s State) StateView {
	v := StateView{Lang: cat.ID, Regimes: cat.ViewRegimes(), Answers: s.Answers, Path: s.URL(), Ignored: s.Ignored, History: cat.ViewHistory(s.Answers)}
	if v.Answers == nil {
		v.Answers = Answers{}
	}
	if v.Ignored == nil {
		v.Ignored = []AnswerID{}
	}
	if s.Next != "" {
		q := cat.ViewQuestion(s.Next, &s)
		v.Next = &q
	}
	if s.Outcome != nil {
		o := cat.ViewOutcome(*s.Outcome)
		v.Outcome = &o
	}
	return v
}

// Node is a node of the exported decision tree: a question with its
// branches, or an outcome (a leaf).
type Node struct {
	Path     string     `json:"path"`
	Question QuestionID `json:"question,omitempty"`
	Branches []Branch   `json:"branches,omitempty"`
	// Leaf summary; the full outcome is in Export.Outcomes under Path.
	Verdicts  map[RegimeID]Verdict `json:"verdicts,omitempty"`
	Alignment Alignment            `json:"alignment,omitempty"`
}

// Branch is one answer of a question node.
type Branch struct {
	Answer AnswerID `json:"answer"`
	Node   *Node    `json:"node"`
}

// OutcomeRow is one row of the exported verdict table.
type OutcomeRow struct {
	Path    string      `json:"path"`
	Answers Answers     `json:"answers"`
	Outcome OutcomeView `json:"outcome"`
}

// Label is an id with its label.
type Label struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	About string `json:"about,omitempty"`
}

// Export is the whole derived policy: questions, the decision tree, the
// verdict table, citations, developments and the claim check.
type Export struct {
	Schema       string                  `json:"schema"`
	Lang         string                  `json:"lang"`
	AsOf         string                  `json:"as_of"`
	Questions    []QuestionView          `json:"questions"`
	Regimes      map[RegimeID]RegimeView `json:"regimes"`
	Verdicts     []Label                 `json:"verdicts"`
	Alignments   []Label                 `json:"alignments"`
	Tree         *Node                   `json:"tree"`
	Outcomes     []OutcomeRow            `json:"outcomes"`
	Citations    []CitationView          `json:"citations"`
	Developments []DevelopmentView       `json:"developments"`
	Claim        ClaimView               `json:"claim"`
	// Periods holds every period with the verdicts of its U.S. policy and
	// the Convention on each outcome the wizard reaches in it; the full
	// outcomes above are the default view's.
	Periods []PeriodExport `json:"periods"`
}

// PeriodExport is one period's outcomes, in brief.
type PeriodExport struct {
	PeriodView
	Outcomes []PeriodEntry `json:"outcomes"`
}

// PeriodEntry is one outcome of a period: its path, answers, the U.S.
// and Convention verdicts and their alignment.
type PeriodEntry struct {
	Path      string    `json:"path"`
	Answers   Answers   `json:"answers"`
	Rule      RuleID    `json:"rule"`
	US        Verdict   `json:"us"`
	Ottawa    Verdict   `json:"ottawa"`
	Alignment Alignment `json:"alignment"`
}

// exportPeriods lists every period's outcomes.
func exportPeriods() ([]PeriodExport, error) {
	var out []PeriodExport
	for _, p := range Periods() {
		pe := PeriodExport{PeriodView: viewPeriod(p), Outcomes: []PeriodEntry{}}
		states, err := p.AllStates()
		if err != nil {
			return nil, err
		}
		for _, s := range states {
			if s.Done() {
				us := s.Outcome.US()
				pe.Outcomes = append(pe.Outcomes, PeriodEntry{Path: s.URL(), Answers: s.Answers, Rule: us.Rule, US: us.Verdict, Ottawa: s.Outcome.Ruling(Ottawa).Verdict, Alignment: s.Outcome.Alignment})
			}
		}
		out = append(out, pe)
	}
	return out, nil
}

// BuildExport derives the export from the tables.
func (cat *Catalog) BuildExport() (Export, error) {
	e := Export{Schema: SchemaVersion, Lang: cat.ID, AsOf: AsOf}
	for _, q := range Questions() {
		e.Questions = append(e.Questions, cat.ViewQuestion(q.ID, nil))
	}
	e.Regimes = cat.ViewRegimes()
	for _, v := range Verdicts() {
		e.Verdicts = append(e.Verdicts, Label{ID: string(v), Label: cat.VerdictLabel(v)})
	}
	for _, a := range Alignments() {
		e.Alignments = append(e.Alignments, Label{ID: string(a), Label: cat.AlignmentLabel(a)})
	}
	states, err := AllStates()
	if err != nil {
		return Export{}, err
	}
	byPath := map[string]State{}
	for _, s := range states {
		byPath[s.Path] = s
		if s.Done() {
			e.Outcomes = append(e.Outcomes, OutcomeRow{Path: s.Path, Answers: s.Answers, Outcome: cat.ViewOutcome(*s.Outcome)})
		}
	}
	var build func(s State) *Node
	build = func(s State) *Node {
		n := &Node{Path: s.Path}
		if s.Done() {
			n.Verdicts = map[RegimeID]Verdict{}
			for _, r := range s.Outcome.Rulings {
				n.Verdicts[r.Regime] = r.Verdict
			}
			n.Alignment = s.Outcome.Alignment
			return n
		}
		n.Question = s.Next
		for _, st := range s.Options() {
			n.Branches = append(n.Branches, Branch{Answer: st.Answer, Node: build(byPath[st.Path])})
		}
		return n
	}
	e.Tree = build(byPath["/ask"])
	for _, c := range Citations() {
		v, _ := cat.ViewCitation(c.ID)
		e.Citations = append(e.Citations, v)
	}
	for _, d := range Developments() {
		e.Developments = append(e.Developments, cat.ViewDevelopment(d))
	}
	check, err := CheckClaim()
	if err != nil {
		return Export{}, err
	}
	e.Claim = ClaimView{ClaimCheck: check, Statement: cat.Text("claim.statement"), Finding: cat.ClaimFinding(check)}
	if e.Periods, err = exportPeriods(); err != nil {
		return Export{}, err
	}
	return e, nil
}

// ClaimView is the claim check with its statement and finding in words.
type ClaimView struct {
	ClaimCheck
	Statement, Finding string
}

// MarshalJSON writes the claim check with its counts in a stable order.
func (v ClaimView) MarshalJSON() ([]byte, error) {
	c := v.ClaimCheck
	type counts struct {
		Alignment Alignment `json:"alignment"`
		Count     int       `json:"count"`
	}
	var cs []counts
	for a, n := range c.Counts {
		cs = append(cs, counts{a, n})
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].Alignment < cs[j].Alignment })
	type ex struct {
		Path      string    `json:"path"`
		Alignment Alignment `json:"alignment"`
		US        Verdict   `json:"us-2022"`
		Ottawa    Verdict   `json:"ottawa"`
	}
	var exs []ex
	for _, e := range c.Exceptions {
		exs = append(exs, ex{e.Path, e.Alignment, e.US, e.Ottawa})
	}
	return json.Marshal(struct {
		Statement  string   `json:"statement"`
		Holds      bool     `json:"holds"`
		Finding    string   `json:"finding"`
		Considered int      `json:"considered"`
		NotCovered int      `json:"not_covered_left_out"`
		Contested  int      `json:"contested_left_out"`
		Counts     []counts `json:"counts"`
		Exceptions []ex     `json:"exceptions"`
	}{v.Statement, c.Holds, v.Finding, c.Considered, c.NotCovered, c.Contested, cs, exs})
}

// DOT writes the decision tree in Graphviz DOT: question states as boxes,
// outcomes as rounded boxes, edges labelled with answers.
func (cat *Catalog) DOT() (string, error) {
	states, err := AllStates()
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString("digraph policy {\n  rankdir=LR;\n  node [fontname=\"sans-serif\", fontsize=10];\n  edge [fontname=\"sans-serif\", fontsize=9];\n")
	// The drawing states each regime's status before any verdict in it.
	var status []string
	for _, r := range Regimes() {
		status = append(status, cat.RegimeName(r)+": "+cat.StatusLabel(RegimeStatus(r).Status)+". "+cat.StatusNote(r))
	}
	fmt.Fprintf(&b, "  labelloc=t;\n  label=%q;\n", strings.Join(status, "\n"))
	for _, s := range states {
		if s.Done() {
			o := s.Outcome
			fmt.Fprintf(&b, "  %q [shape=box, style=rounded, label=%q];\n", s.Path,
				fmt.Sprintf("%s\n%s\n%s\n%s", s.Path, cat.VerdictUnder(o.Period.US, o.US().Verdict), cat.VerdictUnder(Ottawa, o.Ruling(Ottawa).Verdict), cat.AlignmentLabel(o.Alignment)))
			continue
		}
		fmt.Fprintf(&b, "  %q [shape=box, label=%q];\n", s.Path, cat.QuestionText(s.Next))
		for _, st := range s.Options() {
			fmt.Fprintf(&b, "  %q -> %q [label=%q];\n", s.Path, st.Path, cat.AnswerLabel(st.Answer))
		}
	}
	b.WriteString("}\n")
	return b.String(), nil
}
