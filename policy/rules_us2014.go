package policy

// us2014Rules is the U.S. policy announced in two steps in 2014, as
// summarised in docs/SOURCES.md section 5: on 27 June (White House fact
// sheet U10a and NSC statement U10b [P]) no production or other
// acquisition; on 23 September (State Department fact sheet, cited in
// the DoD Law of War Manual, U11a [P]; U11b, U11c [S]) no use and no
// assistance outside the Korean Peninsula, and destruction of stockpiles
// not required for the defense of the Republic of Korea. What it left
// unchanged stayed under the 2004 rules (Defer); where it excepted the
// Korean Peninsula, the 2004 rules continued there (Keeps).
func us2014Rules() []Rule {
	const R = US2014
	june := []string{"U10a", "U10b"}
	sept := []string{"U11a"}
	const sep = "2014-09-23"
	const beforeSep = "2014-09-22"
	return []Rule{
		// 27 June: not produce or otherwise acquire APL, including to
		// replace expiring stockpiles.
		{ID: "us-2014/produce", Regime: R, When: When{Activity: ids("produce"), Device: apl}, Verdict: Prohibited, Primary: june},
		{ID: "us-2014/acquire", Regime: R, When: When{Activity: ids("acquire"), Device: apl}, Verdict: Prohibited, Primary: june},
		// Neither step addressed development, transfer or clearance; the
		// 27 June statement described work towards accession without a
		// commitment in the words the explorer holds.
		{ID: "us-2014/unchanged", Regime: R, When: When{Activity: ids("develop", "transfer", "clear", "alternatives")}, Defer: US2004},
		// Until 22 September, use, assistance and stockpiles stayed under
		// the 2004 rules.
		{ID: "us-2014/until-september", Regime: R, When: When{Activity: ids("use", "assist", "stockpile", "destroy"), Device: apl}, Defer: US2004, To: beforeSep},

		// 23 September: no use outside the Korean Peninsula.
		{ID: "us-2014/use-elsewhere", Regime: R, When: When{Activity: ids("use"), Device: apl, Context: ids("elsewhere")}, Verdict: Prohibited, Primary: sept, Secondary: []string{"U11b"}, From: sep},
		{ID: "us-2014/use-korea", Regime: R, When: When{Activity: ids("use"), Device: apl, Context: ids("korea")}, Verdict: Excepted, Primary: sept, Secondary: []string{"U11c"}, Keeps: US2004, From: sep},
		// No assisting, encouraging or inducing anyone outside the Korean
		// Peninsula to do what the Convention prohibits.
		{ID: "us-2014/assist-elsewhere", Regime: R, When: When{Activity: ids("assist"), Device: apl, Context: ids("elsewhere")}, Verdict: Prohibited, Primary: sept, From: sep},
		{ID: "us-2014/assist-korea", Regime: R, When: When{Activity: ids("assist"), Device: apl, Context: ids("korea")}, Verdict: Excepted, Primary: sept, Keeps: US2004, From: sep},
		// Destroy stockpiles not required for the defense of the Republic
		// of Korea; as in 2022, "korea" is a purpose, wherever the stock is
		// kept, and a training stock is read literally (D4).
		{ID: "us-2014/stockpile-military-elsewhere", Regime: R, When: When{Activity: ids("stockpile"), Device: apl, Purpose: ids("military"), Context: ids("elsewhere")}, Verdict: Prohibited, Primary: sept, Terms: destroyTerms, From: sep},
		{ID: "us-2014/stockpile-military-korea", Regime: R, When: When{Activity: ids("stockpile"), Device: apl, Purpose: ids("military"), Context: ids("korea")}, Verdict: Excepted, Primary: sept, Keeps: US2004, From: sep},
		{ID: "us-2014/stockpile-mine-action", Regime: R, When: When{Activity: ids("stockpile"), Device: apl, Purpose: ids("mine-action")}, Verdict: Prohibited, Primary: sept, From: sep},
		{ID: "us-2014/stockpile-destruction", Regime: R, When: When{Activity: ids("stockpile"), Device: apl, Purpose: ids("destruction")}, Verdict: Conditional, Primary: sept, Terms: Terms{Deadline: "none-stated"}, From: sep},
		{ID: "us-2014/destroy-elsewhere", Regime: R, When: When{Activity: ids("destroy"), Device: apl, Context: ids("elsewhere")}, Verdict: Required, Primary: sept, Terms: destroyTerms, From: sep},
		{ID: "us-2014/destroy-korea", Regime: R, When: When{Activity: ids("destroy"), Device: apl, Context: ids("korea")}, Verdict: Permitted, Primary: sept, From: sep},

		{ID: "us-2014/not-apl", Regime: R, When: When{Activity: ids("use", "produce", "acquire", "stockpile", "assist", "destroy"), Device: ids("command", "anti-vehicle", "sensitive-av")}, Defer: US2004},
	}
}
