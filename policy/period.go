package policy

import (
	"fmt"
	"slices"
	"sync"
	"time"
)

// Period is a span of days in which every rule is constant: it starts
// when a U.S. policy was announced or when a rule set a date of its own
// ("after 2010"), and ends the day before the next period. Answers are
// judged as of a period, by the U.S. policy then in force and the
// Convention (docs/RULES.md, "Time").
type Period struct {
	From string   // first day, ISO 8601
	To   string   // last day; "" while open
	US   RegimeID // the U.S. policy in force

	def    bool // the default view
	table  func() []int
	states func() ([]State, error)
}

// Regimes returns the regimes that judge answers in the period: the U.S.
// policy in force, then the Convention.
func (p *Period) Regimes() []RegimeID { return []RegimeID{p.US, Ottawa} }

// IsDefault reports whether this is the default view: the 2022 policy,
// which unprefixed URLs, the command line without --as-of and the JSON
// describe.
func (p *Period) IsDefault() bool { return p.def }

// Prefix is the path segment that selects the period in a URL:
// "/as-of/2014-09-23", or "" for the default view.
func (p *Period) Prefix() string {
	if p.IsDefault() {
		return ""
	}
	return AsOfSegment + p.From
}

// AsOfSegment starts the date part of an as-of URL.
const AsOfSegment = "/as-of/"

// Earliest is the first day the explorer answers for: the 2004 policy.
func Earliest() string { return regimeInfos[usPolicies[0]].InForceFrom }

// periods holds every period in date order, built once from the rules:
// their start dates come from the regimes' data and the rules' own From
// dates, never typed twice.
var periods = sync.OnceValue(func() []*Period {
	var starts []string
	for _, id := range usPolicies {
		starts = append(starts, regimeInfos[id].InForceFrom)
	}
	first := starts[0]
	for _, id := range usPolicies {
		for _, r := range rulesOf(id) {
			if r.From > first {
				starts = append(starts, r.From)
			}
			if r.To != "" && r.To >= first {
				starts = append(starts, nextDay(r.To))
			}
		}
	}
	slices.Sort(starts)
	starts = slices.Compact(starts)
	out := make([]*Period, len(starts))
	for i, from := range starts {
		p := &Period{From: from, US: inForce(from)}
		p.def = p.US == defaultPolicy
		if i+1 < len(starts) {
			p.To = prevDay(starts[i+1])
		}
		p.table = sync.OnceValue(p.buildTable)
		p.states = sync.OnceValues(p.walk)
		out[i] = p
	}
	return out
})

// Prepare builds, once, each period's outcome table, which the wizard
// would otherwise build at the first step that needs it: an outcome's
// Through time panel asks every period. The browser calls it when idle
// after the first page is drawn.
func Prepare() {
	for _, p := range periods() {
		p.table()
	}
}

// Periods returns every period in date order. The periods are shared:
// callers must not modify them.
func Periods() []*Period { return slices.Clone(periods()) }

// DefaultPeriod is the period of the 2022 policy.
func DefaultPeriod() *Period { return defaultPeriod() }

// defaultPolicy is the policy the explorer shows by default (the period
// must hold no date of its own, so one period is the policy's).
const defaultPolicy = US2022

var defaultPeriod = sync.OnceValue(func() *Period {
	for _, p := range periods() {
		if p.def {
			return p
		}
	}
	panic("policy: no period for " + string(defaultPolicy))
})

// inForce is the U.S. policy in force on a day: the latest announced on
// or before it.
func inForce(day string) RegimeID {
	cur := usPolicies[0]
	for _, id := range usPolicies {
		if regimeInfos[id].InForceFrom <= day {
			cur = id
		}
	}
	return cur
}

// DateError says why a date cannot be answered for.
type DateError struct {
	Value  string
	Reason string // "malformed", "too-early", "future"
	Today  string
}

func (e *DateError) Error() string {
	switch e.Reason {
	case "too-early":
		return fmt.Sprintf("%s is before %s, the first policy the explorer models; give a date from %s to %s", e.Value, Earliest(), Earliest(), e.Today)
	case "future":
		return fmt.Sprintf("%s is after today (%s); give a date from %s to %s", e.Value, e.Today, Earliest(), e.Today)
	}
	return fmt.Sprintf("%q is not a date; write it as YYYY-MM-DD, from %s to %s", e.Value, Earliest(), e.Today)
}

// PeriodAt returns the period a day falls in. today bounds the answer: a
// day after it, before the first policy or not a real date is an error.
func PeriodAt(day, today string) (*Period, error) {
	if t, err := time.Parse(time.DateOnly, day); err != nil || t.Format(time.DateOnly) != day {
		return nil, &DateError{Value: day, Reason: "malformed", Today: today}
	}
	switch {
	case day < Earliest():
		return nil, &DateError{Value: day, Reason: "too-early", Today: today}
	case day > today:
		return nil, &DateError{Value: day, Reason: "future", Today: today}
	}
	list := periods()
	for i := len(list) - 1; i >= 0; i-- {
		if list[i].From <= day {
			return list[i], nil
		}
	}
	return list[0], nil
}

// PeriodFrom returns the period that starts on a day, or nil: the only
// dates an as-of URL names.
func PeriodFrom(day string) *Period {
	for _, p := range periods() {
		if p.From == day {
			return p
		}
	}
	return nil
}

func nextDay(iso string) string { return shiftDay(iso, 1) }
func prevDay(iso string) string { return shiftDay(iso, -1) }

func shiftDay(iso string, n int) string {
	t, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		panic("policy: bad date in the rules: " + iso)
	}
	return t.AddDate(0, 0, n).Format(time.DateOnly)
}

// HistoryRow is what the U.S. policy in force in one period said about a
// set of answers, without asking more: where a question the answers leave
// open changes its verdict (persistence, most often), the row is split.
type HistoryRow struct {
	Period  *Period
	Verdict Verdict // "" when the verdict depends on an open question
	Rule    RuleID  // the deciding rule when Verdict is set
	// DependsOn is the open question the verdict turns on, with the
	// verdict for each of its answers (in the question's order); set only
	// when that one question decides it.
	DependsOn QuestionID
	Split     []SplitVerdict
	// Open lists the open questions the verdict turns on when more than
	// one does: the page for the period asks them.
	Open []QuestionID
	// Changed reports that the verdicts differ from the previous row's.
	Changed bool
}

// SplitVerdict is the verdict for one answer of an open question.
type SplitVerdict struct {
	Answer  AnswerID
	Verdict Verdict
	Rule    RuleID
}

// History returns, for every period in date order, the U.S. policy's
// verdict on the answers given; questions the answers leave open are
// varied, never guessed.
func History(a Answers) []HistoryRow {
	var out []HistoryRow
	for _, p := range periods() {
		row := p.historyRow(a)
		if n := len(out); n > 0 {
			row.Changed = !sameVerdicts(out[n-1], row)
		}
		out = append(out, row)
	}
	return out
}

// historyRow judges the answers in one period.
func (p *Period) historyRow(a Answers) HistoryRow { return p.Judge(p.US, a) }

// Judge is what one regime's rules said about the answers in the period,
// without asking more: a single verdict, or a verdict per answer of the
// open question that decides it. The pages use it for the history and
// for the earlier rules an exception kept (Ruling.Keeps).
func (p *Period) Judge(reg RegimeID, a Answers) HistoryRow {
	row := HistoryRow{Period: p}
	rulesSeen := map[RuleID]Verdict{}
	var first Ruling
	completions(a, "", func(f full) bool {
		r, _, err := ruling(reg, f, p.From)
		if err != nil {
			return true // the partition test rules this out
		}
		if len(rulesSeen) == 0 {
			first = r
		}
		rulesSeen[r.Rule] = r.Verdict
		return true
	})
	one := true
	for _, v := range rulesSeen {
		one = one && v == first.Verdict
	}
	if one {
		row.Verdict, row.Rule = first.Verdict, first.Rule
		return row
	}
	for _, q := range questions {
		if _, ok := a[q.ID]; ok {
			continue
		}
		var split []SplitVerdict
		for _, ans := range q.Answers {
			seen := map[RuleID]Ruling{}
			completions(a.With(q.ID, ans), "", func(f full) bool {
				if r, _, err := ruling(reg, f, p.From); err == nil {
					seen[r.Rule] = r
				}
				return true
			})
			if len(seen) != 1 {
				split = nil
				break
			}
			for _, r := range seen {
				split = append(split, SplitVerdict{Answer: ans, Verdict: r.Verdict, Rule: r.Rule})
			}
		}
		if split != nil && (row.DependsOn == "" || q.ID == Persistence) {
			row.DependsOn, row.Split = q.ID, split
		}
	}
	if row.DependsOn == "" {
		for _, q := range questions {
			if _, ok := a[q.ID]; !ok && p.matters(q.ID, a) {
				row.Open = append(row.Open, q.ID)
			}
		}
	}
	return row
}

// sameVerdicts reports whether two rows give the same verdicts.
func sameVerdicts(x, y HistoryRow) bool {
	if x.Verdict != y.Verdict || x.DependsOn != y.DependsOn || len(x.Split) != len(y.Split) {
		return false
	}
	for i := range x.Split {
		if x.Split[i].Verdict != y.Split[i].Verdict {
			return false
		}
	}
	return true
}
