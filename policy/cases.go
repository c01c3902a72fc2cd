package policy

import "fmt"

// Case is a real event in the modelled period that put the rules to the
// test, linked to the outcome it bears on (issue 11, item 6). Its facts
// are those of docs/SOURCES.md (sections 4, 5 and 11) and the timeline;
// its words are in the content catalog under "case.<id>.…", with every
// date filled from the timeline, never typed.
type Case struct {
	ID string // "ukraine-apl-2024": unique, URL-safe, the page's anchor
	// Event is the timeline event the case is about: its date is the
	// case's date.
	Event string
	// Dates names the other timeline events whose dates the texts use, by
	// placeholder: {baltic} is the date of the event it maps to.
	Dates map[string]string
	// Claims are the case's statements in order, each with its own tag
	// and sources (catalog key case.<id>.<Claim.Key>).
	Claims []CaseClaim
	// Cite, when set, is a source passage the page quotes beside the case.
	Cite CitationID
	// Quote names a timeline event whose quotation the page shows.
	Quote string
	// Answers are the answers the case bears on; Regime is the regime
	// whose verdict it tests: the U.S. policy in force on the day, or the
	// Convention for events that concern only the Convention.
	Answers Answers
	Regime  RegimeID
	// History says the case is best read on the timeline (/history).
	History bool
}

// CaseClaim is one statement of a case.
type CaseClaim struct {
	Key     string // catalog key suffix: case.<id>.<Key>
	Tag     Tag
	Sources []string
}

// Cases returns the real cases, oldest first. Their titles are in the
// catalog under case.<id>.title.
func Cases() []Case {
	return []Case{
		{
			ID: "korea-exception", Event: "ev-2022-biden-policy",
			Dates: map[string]string{"obama": "ev-2014-obama-policy"},
			Claims: []CaseClaim{
				{"what", TagPrimary, []string{"FS"}},
				{"earlier", TagSecondary, []string{"U11a", "U11b", "U11c"}},
				{"wording", TagSecondary, []string{"K6"}},
			},
			Cite:    "fs-korea",
			Answers: Answers{Activity: "use", Device: "apl", Context: "korea"},
			Regime:  US2022,
		},
		{
			ID: "stockpile-removal-2022", Event: "ev-2022-nsc-progress",
			Claims: []CaseClaim{
				{"what", TagPrimary, []string{"U14"}},
				{"bears", TagDerived, []string{"FS", "U14"}},
			},
			Answers: Answers{Activity: "destroy", Device: "apl", Context: "elsewhere"},
			Regime:  US2022,
		},
		{
			ID: "ukraine-apl-2024", Event: "ev-2024-ukraine-apl",
			Claims: []CaseClaim{
				{"what", TagSecondary, []string{"U15a", "U15b", "U15c"}},
				{"hrw", TagSecondary, []string{"U15c"}},
				{"bears", TagDerived, []string{"FS", "U15a", "U15b"}},
				{"amended", TagUnverified, nil},
			},
			Answers: Answers{Activity: "transfer", Device: "apl", Purpose: "military"},
			Regime:  US2022,
		},
		{
			ID: "ukraine-suspension-2025", Event: "ev-2025-ukraine-suspension",
			Dates: map[string]string{"msp": "ev-2025-22msp"},
			Claims: []CaseClaim{
				{"what", TagSecondary, []string{"T14", "T15", "T16b", "T17", "T17b"}},
				{"critics", TagSecondary, []string{"T14", "T15", "T16"}},
				{"article", TagPrimary, []string{"T1"}},
				{"msp", TagSecondary, []string{"N4"}},
				{"depositary", TagUnverified, nil},
			},
			Quote:   "ev-2025-22msp",
			Answers: Answers{Activity: "use", Device: "apl", Context: "elsewhere"},
			Regime:  Ottawa,
			History: true,
		},
		{
			ID: "withdrawals-2025", Event: "ev-2025-baltic-withdrawals-effective",
			Dates: map[string]string{
				"baltic-notice":  "ev-2025-baltic-notifications",
				"finland":        "ev-2026-finland-withdrawal-effective",
				"finland-notice": "ev-2025-finland-notification",
				"poland":         "ev-2026-poland-withdrawal-effective",
				"poland-notice":  "ev-2025-poland-notification",
			},
			Claims: []CaseClaim{
				{"what", TagSecondary, []string{"T8", "T9", "T11a", "T11d", "T12", "T13"}},
				{"article", TagPrimary, []string{"T1"}},
				{"nato", TagDerived, []string{"FS", "T8", "T9"}},
			},
			Answers: Answers{Activity: "use", Device: "apl", Context: "elsewhere"},
			Regime:  Ottawa,
			History: true,
		},
	}
}

// Date is the case's date: its event's, as precise as the timeline knows
// it ("2025-07" for a month).
func (c Case) Date() string {
	e, _ := EventByID(c.Event)
	return e.Date
}

// CaseWhen is a case's date as the pages show it.
func (cat *Catalog) CaseWhen(c Case) string { return cat.LongDate(c.Date()) }

// Day is the day the case is judged on: its date, or for a date known
// only to the month, the month's first day (the test checks that the
// whole month falls in one period).
func (c Case) Day() string {
	d := c.Date()
	if len(d) == len("2006-01") {
		return d + "-01"
	}
	return d
}

// Period is the period of the case's day.
func (c Case) Period() *Period {
	day := c.Day()
	list := periods()
	for i := len(list) - 1; i >= 0; i-- {
		if list[i].From <= day {
			return list[i]
		}
	}
	return nil
}

// State is the wizard state the case bears on, as of its day: its
// answers as that period's rules read them.
func (c Case) State() (State, error) {
	p := c.Period()
	if p == nil {
		return State{}, fmt.Errorf("case %s: no period on %s", c.ID, c.Day())
	}
	return p.Resolve(c.Answers)
}

// Link is the outcome the case bears on, as of its day: the canonical URL
// with the period's as-of prefix ("" when the answers cannot be judged).
func (c Case) Link() string {
	s, err := c.State()
	if err != nil {
		return ""
	}
	return s.URL()
}

// CaseTitle is a case's heading.
func (cat *Catalog) CaseTitle(c Case) string { return cat.Text("case." + c.ID + ".title") }

// CaseClaimText is one statement of a case, its dates filled from the
// timeline.
func (cat *Catalog) CaseClaimText(c Case, cl CaseClaim) string {
	values := map[string]string{"date": cat.CaseWhen(c)}
	for name, id := range c.Dates {
		if e, ok := EventByID(id); ok {
			values[name] = cat.LongDate(e.Date)
		}
	}
	return Fill(cat.Text("case."+c.ID+"."+cl.Key), values)
}
