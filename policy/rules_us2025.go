package policy

// us2025Rules is the memo of 2 December 2025, known only from news
// reports (U16a, U16b [S]): it reportedly reverses the 2022 policy and
// orders a review. Its text was not found, and no final policy from the
// review was found (docs/SOURCES.md section 11), so every verdict on an
// anti-personnel mine is Unknown. The explanations give what the reports
// say: stated objectives (no geographic limits, authority for combatant
// commanders, destroying only mines that are inoperable or unsafe) and
// an interim rule on remotely delivered mines, which the explorer does
// not model (docs/RULES.md section 8).
func us2025Rules() []Rule {
	const R = US2025
	src := []string{"U16a", "U16b"}
	return append(notAPLRows(R), []Rule{
		{ID: "us-2025/use", Regime: R, When: When{Activity: ids("use"), Device: apl}, Verdict: Unknown, Secondary: src},
		{ID: "us-2025/stocks", Regime: R, When: When{Activity: ids("stockpile", "destroy"), Device: apl}, Verdict: Unknown, Secondary: src},
		{ID: "us-2025/other", Regime: R, When: When{Activity: ids("develop", "produce", "acquire", "transfer", "assist"), Device: apl}, Verdict: Unknown, Secondary: src},
		{ID: "us-2025/clear", Regime: R, When: When{Activity: ids("clear", "alternatives")}, Verdict: Unknown, Secondary: src},
	}...)
}
