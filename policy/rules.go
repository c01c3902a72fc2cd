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
	// Secondary lists the secondary sources ([S], sources-brief.md § 10)
	// the explanation relies on beyond its citations, so the page can say
	// which parts are interpretation rather than text.
	Secondary []string
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

// Rules returns every rule of every regime, regime by regime.
func Rules() []Rule {
	var out []Rule
	for _, table := range [][]Rule{us2022Rules(), ottawaRules()} {
		out = append(out, table...)
	}
	return out
}

// RuleByID returns the rule with the given id.
func RuleByID(id RuleID) (Rule, bool) {
	for _, r := range Rules() {
		if r.ID == id {
			return r, true
		}
	}
	return Rule{}, false
}

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
