package policy

// Development is something that happened after 21 June 2022 and bears on
// the rules, shown beside the outcomes it touches, with its date, tag and
// sources (docs/RULES.md section 6; the facts in docs/SOURCES.md).
type Development struct {
	ID       string
	Date     string // ISO 8601, the first date
	Until    string // ISO 8601, the last day of a span, "" for one date
	Reported string // ISO 8601, when it was first reported, if later and known only from reports
	Tag      Tag
	Sources  []string
	// Regime, when set, makes the development a status line on every
	// outcome of that regime; Rules lists the rules it touches directly.
	Regime RegimeID
	Rules  []RuleID
	Cites  []CitationID // articles it concerns, if any
}

// Developments returns the later developments, oldest first. Their texts
// are in the content catalog under "ld.<id>".
func Developments() []Development {
	return []Development{
		{
			ID: "ld-ukraine-2024", Date: "2024-11-20", Tag: TagSecondary,
			Sources: []string{"U15a", "U15b", "U15c"},
			Rules:   []RuleID{"us-2022/transfer-military", "us-2022/transfer-mine-action", "us-2022/transfer-destruction", "us-2022/assist-elsewhere"},
		},
		{
			ID: "ld-reversal-2025", Date: "2025-12-02", Reported: "2025-12-19", Tag: TagSecondary,
			Sources: []string{"U16a", "U16b"},
			Regime:  US2022,
		},
		{
			ID: "ld-withdrawals-2025", Date: "2025-12-27", Until: "2026-02-20", Tag: TagSecondary,
			Sources: []string{"T8", "T9", "T11d", "T13", "T14", "T15"},
			Regime:  Ottawa,
			Cites:   []CitationID{"art-20"},
		},
	}
}

// DevelopmentsFor returns the developments that touch an outcome: status
// lines for its regimes and those attached to its rules (including the
// rules of a contested outcome's readings).
func DevelopmentsFor(o Outcome) []Development {
	rules := map[RuleID]bool{}
	regimes := map[RegimeID]bool{}
	var walk func(o *Outcome)
	walk = func(o *Outcome) {
		if o == nil {
			return
		}
		for _, r := range o.Rulings {
			rules[r.Rule] = true
			regimes[r.Regime] = true
		}
		walk(o.IfAPL)
		walk(o.IfNot)
	}
	walk(&o)
	var out []Development
	for _, d := range Developments() {
		hit := d.Regime != "" && regimes[d.Regime]
		for _, r := range d.Rules {
			hit = hit || rules[r]
		}
		if hit {
			out = append(out, d)
		}
	}
	return out
}
