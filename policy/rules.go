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
	// Terms are the conditions the verdict comes with. Two regimes that
	// give the same verdict align only when their terms match as well.
	Terms Terms
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
	Activity, Device, Purpose, Context []AnswerID
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
)

// tables holds each regime's rows, built once and never modified; the
// engine reads them on every evaluation.
var tables = map[RegimeID][]Rule{US2022: us2022Rules(), Ottawa: ottawaRules()}

// rulesOf returns one regime's table. Callers must not modify it.
func rulesOf(reg RegimeID) []Rule { return tables[reg] }

// Regimes returns the regimes in display order.
func Regimes() []RegimeID { return []RegimeID{US2022, Ottawa} }

// matches reports whether a complete set of answers falls under w.
func (w When) matches(f full) bool {
	for i, set := range [...][]AnswerID{w.Activity, w.Device, w.Purpose, w.Context} {
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
