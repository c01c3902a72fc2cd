package policy

// us2020Rules is the U.S. policy of 31 January 2020, known to the
// explorer from news reports (U12a–U12c [S]) and a later State
// Department description (U13a [P]), as summarised in docs/SOURCES.md
// section 5. It cancelled the 2014 policy. The Defense Department would
// employ, develop, produce or acquire only non-persistent mines (designed
// to self-destruct within 30 days or less, with a backup
// self-deactivation feature), and combatant commanders could authorise
// their use in exceptional circumstances. On what the reports do not
// cover the verdict is Unknown: the explorer holds no text of the policy.
func us2020Rules() []Rule {
	const R = US2020
	src := []string{"U12a", "U12b", "U12c"}
	return append(notAPLRows(R), []Rule{
		// Use: persistent mines no longer; non-persistent ones in
		// exceptional circumstances. dpa reports that plans to use them
		// outside Korea needed the Defense Secretary's approval (U12c).
		{ID: "us-2020/use-persistent", Regime: R, When: When{Activity: ids("use"), Device: apl, Persistence: persistent}, Verdict: Prohibited, Secondary: src},
		{ID: "us-2020/use-korea", Regime: R, When: When{Activity: ids("use"), Device: apl, Persistence: nonPersist, Context: ids("korea")}, Verdict: Conditional, Primary: []string{"U13a"}, Secondary: src},
		{ID: "us-2020/use-elsewhere", Regime: R, When: When{Activity: ids("use"), Device: apl, Persistence: nonPersist, Context: ids("elsewhere")}, Verdict: Conditional, Primary: []string{"U13a"}, Secondary: src},
		// Develop, produce, acquire: non-persistent only.
		{ID: "us-2020/make-persistent", Regime: R, When: When{Activity: ids("develop", "produce", "acquire"), Device: apl, Persistence: persistent}, Verdict: Prohibited, Secondary: src},
		{ID: "us-2020/make-non-persistent", Regime: R, When: When{Activity: ids("develop", "produce", "acquire"), Device: apl, Persistence: nonPersist}, Verdict: Permitted, Secondary: src},
		// Stockpiles, transfer, assistance, clearance and alternatives:
		// the reports say nothing.
		{ID: "us-2020/not-reported", Regime: R, When: When{Activity: ids("stockpile", "transfer", "assist", "destroy"), Device: apl}, Verdict: Unknown, Secondary: src},
		{ID: "us-2020/clear", Regime: R, When: When{Activity: ids("clear", "alternatives")}, Verdict: Unknown, Secondary: src},
	}...)
}
