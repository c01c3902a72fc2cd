package policy

// Rule is one row of a regime's table: when the answers match, the regime
// gives this verdict for this reason (the explanation in the content
// catalog under "rule.<id>") and these citations.
type Rule struct {
	ID      RuleID
	Regime  RegimeID
	When    When
	Verdict Verdict
	Cites   []CitationID
	// Readings is set on a contested rule: the device whose status is
	// disputed is judged once as an anti-personnel mine and once as not.
	Readings *Readings
	// Secondary lists the secondary sources ([S], docs/SOURCES.md) the
	// explanation relies on beyond its citations, so the page can say
	// which parts are interpretation rather than text.
	Secondary []string
	// Primary lists primary sources ([P], docs/SOURCES.md) other than the
	// cited clauses: the older policies are known from fact sheets and
	// statements that the explorer summarises but does not quote.
	Primary []string
	// Terms are the conditions the verdict comes with. Two regimes that
	// give the same verdict align only when their terms match as well.
	Terms Terms
	// From and To bound the days the rule applies (ISO 8601, both
	// inclusive; "" for the policy's own bounds): policies were partial
	// and some set dates of their own ("after 2010").
	From, To string
	// Defer names an earlier policy whose rules still decided this case:
	// this policy left it unchanged. Such a rule has no verdict of its own.
	Defer RegimeID
	// Keeps names the earlier policy whose rules, by an exception of this
	// one, continued to apply (the Korean Peninsula): the verdict stays
	// Excepted and the page shows what those rules said.
	Keeps RegimeID
}

// validOn reports whether the rule applies on an ISO date.
func (r Rule) validOn(day string) bool {
	return (r.From == "" || day >= r.From) && (r.To == "" || day <= r.To)
}

// Terms are the conditions attached to a verdict, each a condition id
// whose words are in the catalog under "term.<id>". An empty field means
// the condition does not arise for this rule.
type Terms struct {
	Deadline string // by when
	Quantity string // how many
	Purpose  string // for what
	Scope    string // which mines
}

// TermField names one kind of condition.
type TermField string

// The kinds of condition, in the order they are shown.
const (
	TermDeadline TermField = "deadline"
	TermQuantity TermField = "quantity"
	TermPurpose  TermField = "purpose"
	TermScope    TermField = "scope"
)

// fields lists the terms by kind, in display order.
func (t Terms) fields() []struct {
	Field TermField
	ID    string
} {
	return []struct {
		Field TermField
		ID    string
	}{{TermDeadline, t.Deadline}, {TermQuantity, t.Quantity}, {TermPurpose, t.Purpose}, {TermScope, t.Scope}}
}

// TermGap is one condition on which two regimes differ for the same
// verdict: each side's condition id.
type TermGap struct {
	Field  TermField `json:"field"`
	US     string    `json:"us"`
	Ottawa string    `json:"ottawa"`
}

// gaps lists the conditions on which two rules' terms differ.
func gaps(us, ot Terms) []TermGap {
	var out []TermGap
	uf, of := us.fields(), ot.fields()
	for i := range uf {
		if uf[i].ID != of[i].ID {
			out = append(out, TermGap{Field: uf[i].Field, US: uf[i].ID, Ottawa: of[i].ID})
		}
	}
	return out
}

// When lists, per question, the answers a rule applies to. A nil list
// matches any answer. The rows of one regime never overlap; a test checks
// that every combination of answers matches exactly one row.
type When struct {
	Activity, Device, Persistence, Purpose, Context []AnswerID
}

// Readings names the devices that stand for the two readings of a
// contested device.
type Readings struct {
	IfAPL AnswerID // the device it is treated as when it is an APL
	IfNot AnswerID // the device it is treated as when it is not
}

// ids is shorthand for a list of answers in a When.
func ids(a ...AnswerID) []AnswerID { return a }

// Activities grouped by the shape of their rules.
var (
	needsDevice = ids("use", "develop", "produce", "acquire", "stockpile", "transfer", "assist", "destroy")
	apl         = ids("apl")
	persistent  = ids("persistent")
	nonPersist  = ids("non-persistent")
)

// tables holds each regime's rows, built once and never modified; the
// engine reads them on every evaluation. Adding a policy is one rules
// file, one line here and one in usPolicies (docs/RULES.md section 9).
var tables = map[RegimeID][]Rule{
	US2004: us2004Rules(), US2014: us2014Rules(), US2020: us2020Rules(),
	US2022: us2022Rules(), US2025: us2025Rules(), Ottawa: ottawaRules(),
}

// usPolicies are the U.S. policies in date order.
var usPolicies = []RegimeID{US2004, US2014, US2020, US2022, US2025}

// USPolicies returns the U.S. policies in date order.
func USPolicies() []RegimeID { return append([]RegimeID(nil), usPolicies...) }

// rulesOf returns one regime's table. Callers must not modify it.
func rulesOf(reg RegimeID) []Rule { return tables[reg] }

// Regimes returns the regimes of the default view (the 2022 policy and
// the Convention), in display order; a State's Period has its own.
func Regimes() []RegimeID { return DefaultPeriod().Regimes() }

// AllRegimes returns every regime: the U.S. policies in date order, then
// the Convention.
func AllRegimes() []RegimeID { return append(USPolicies(), Ottawa) }

// matches reports whether a complete set of answers falls under w.
func (w When) matches(f full) bool {
	for i, set := range [...][]AnswerID{w.Activity, w.Device, w.Persistence, w.Purpose, w.Context} {
		if set == nil {
			continue
		}
		ok := false
		for _, a := range set {
			if a == f[i] {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// notAPLRows are the rows every U.S. policy shares for devices that are
// not anti-personnel mines. Every commitment of every U.S. policy is
// about APL, and none defines them: these rows lean on the Convention's
// definition (Art. 2), and their explanations say so (docs/RULES.md, D5).
// Explanations are looked up under the rule's id, then under "rule.us/…".
func notAPLRows(reg RegimeID) []Rule {
	p := string(reg) + "/"
	return []Rule{
		{ID: RuleID(p + "command"), Regime: reg, When: When{Activity: needsDevice, Device: ids("command")}, Verdict: OutOfScope, Cites: cites("art-2-1"), Secondary: []string{"C1", "C2", "C3", "U17"}},
		{ID: RuleID(p + "anti-vehicle"), Regime: reg, When: When{Activity: needsDevice, Device: ids("anti-vehicle")}, Verdict: OutOfScope, Cites: cites("art-2-1", "art-2-2", "art-2-3"), Secondary: []string{"U17"}},
		// Whether a person-triggerable anti-vehicle mine is an APL is disputed.
		{ID: RuleID(p + "sensitive-av"), Regime: reg, When: When{Activity: needsDevice, Device: ids("sensitive-av")}, Verdict: Contested, Cites: cites("art-2-1", "art-2-3"), Readings: &Readings{IfAPL: "apl", IfNot: "anti-vehicle"}, Secondary: []string{"C1"}},
	}
}
