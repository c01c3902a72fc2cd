package policy

// us2022Rules is the U.S. policy announced on 21 June 2022
// (policy/sources/fact-sheet-2022.md), as in the reference table of
// docs/RULES.md section 3. Each row sits beside the clause it implements.
// The clauses are read literally, all in the same way; where a literal
// reading is in tension with another clause, the explanation says so
// (docs/RULES.md, decision log).
func us2022Rules() []Rule {
	const R = US2022
	return append(notAPLRows(R), []Rule{
		// fs-develop: "Not develop, produce, or acquire APL;"
		{ID: "us-2022/develop", Regime: R, When: When{Activity: ids("develop"), Device: apl}, Verdict: Prohibited, Cites: cites("fs-develop")},
		{ID: "us-2022/produce", Regime: R, When: When{Activity: ids("produce"), Device: apl}, Verdict: Prohibited, Cites: cites("fs-develop")},
		{ID: "us-2022/acquire-military", Regime: R, When: When{Activity: ids("acquire"), Device: apl, Purpose: ids("military")}, Verdict: Prohibited, Cites: cites("fs-develop")},
		// The fact sheet states no exception for acquisition, unlike for
		// transfer. Read literally, like stockpile-mine-action below.
		{ID: "us-2022/acquire-mine-action", Regime: R, When: When{Activity: ids("acquire"), Device: apl, Purpose: ids("mine-action")}, Verdict: Prohibited, Cites: cites("fs-develop")},
		{ID: "us-2022/acquire-destruction", Regime: R, When: When{Activity: ids("acquire"), Device: apl, Purpose: ids("destruction")}, Verdict: Prohibited, Cites: cites("fs-develop")},

		// fs-destroy: "Undertake to destroy all APL stockpiles not required
		// for the defense of the Republic of Korea."
		// Here "korea" is a purpose (stocks required for the defense of the
		// Republic of Korea), wherever the stocks are kept.
		{ID: "us-2022/stockpile-military-elsewhere", Regime: R, When: When{Activity: ids("stockpile"), Device: apl, Purpose: ids("military"), Context: ids("elsewhere")}, Verdict: Prohibited, Cites: cites("fs-destroy"), Terms: destroyTerms},
		// fs-korea: "… preclude the United States from changing
		// anti-personnel landmine policy on the Korean Peninsula at this time."
		{ID: "us-2022/stockpile-military-korea", Regime: R, When: When{Activity: ids("stockpile"), Device: apl, Purpose: ids("military"), Context: ids("korea")}, Verdict: Excepted, Cites: cites("fs-destroy", "fs-korea"), Secondary: priorPolicy, Keeps: US2020},
		// Retention for training is not mentioned; read literally, "all APL
		// stockpiles not required for the defense of the Republic of
		// Korea" covers a training stock, so it is to be destroyed. The
		// transfer exception for mine detection or removal presumes such
		// holdings: the explanation gives that reading too.
		{ID: "us-2022/stockpile-mine-action", Regime: R, When: When{Activity: ids("stockpile"), Device: apl, Purpose: ids("mine-action")}, Verdict: Prohibited, Cites: cites("fs-destroy", "fs-transfer")},
		{ID: "us-2022/stockpile-destruction", Regime: R, When: When{Activity: ids("stockpile"), Device: apl, Purpose: ids("destruction")}, Verdict: Conditional, Cites: cites("fs-destroy"), Terms: Terms{Deadline: "none-stated"}},

		// fs-transfer: "Not export or transfer of APL, except when necessary
		// for activities related to mine detection or removal, and for the
		// purpose of destruction;" (no Korean Peninsula exception)
		{ID: "us-2022/transfer-military", Regime: R, When: When{Activity: ids("transfer"), Device: apl, Purpose: ids("military")}, Verdict: Prohibited, Cites: cites("fs-transfer")},
		{ID: "us-2022/transfer-mine-action", Regime: R, When: When{Activity: ids("transfer"), Device: apl, Purpose: ids("mine-action")}, Verdict: Conditional, Cites: cites("fs-transfer"), Terms: Terms{Purpose: "detection-or-removal", Quantity: "none-stated"}},
		{ID: "us-2022/transfer-destruction", Regime: R, When: When{Activity: ids("transfer"), Device: apl, Purpose: ids("destruction")}, Verdict: Permitted, Cites: cites("fs-transfer")},

		// fs-use: "Not use APL outside of the Korean Peninsula;" Here
		// "korea" is a place: on the peninsula itself.
		{ID: "us-2022/use-elsewhere", Regime: R, When: When{Activity: ids("use"), Device: apl, Context: ids("elsewhere")}, Verdict: Prohibited, Cites: cites("fs-use")},
		{ID: "us-2022/use-korea", Regime: R, When: When{Activity: ids("use"), Device: apl, Context: ids("korea")}, Verdict: Excepted, Cites: cites("fs-use", "fs-korea"), Secondary: priorPolicy, Keeps: US2020},

		// fs-assist: "Not assist, encourage, or induce anyone, outside of the
		// context of the Korean Peninsula, to engage in any activity that
		// would be prohibited by the Ottawa Convention;" Here "korea" is
		// the context of the Korean Peninsula.
		{ID: "us-2022/assist-elsewhere", Regime: R, When: When{Activity: ids("assist"), Device: apl, Context: ids("elsewhere")}, Verdict: Prohibited, Cites: cites("fs-assist")},
		{ID: "us-2022/assist-korea", Regime: R, When: When{Activity: ids("assist"), Device: apl, Context: ids("korea")}, Verdict: Excepted, Cites: cites("fs-assist", "fs-korea"), Secondary: priorPolicy, Keeps: US2020},

		// fs-destroy, again: stockpiles not required for the defense of the
		// Republic of Korea are to be destroyed; the others need not be.
		// "korea" is again a purpose, wherever the stocks are kept.
		{ID: "us-2022/destroy-elsewhere", Regime: R, When: When{Activity: ids("destroy"), Device: apl, Context: ids("elsewhere")}, Verdict: Required, Cites: cites("fs-destroy"), Terms: destroyTerms},
		{ID: "us-2022/destroy-korea", Regime: R, When: When{Activity: ids("destroy"), Device: apl, Context: ids("korea")}, Verdict: Permitted, Cites: cites("fs-destroy", "fs-korea"), Secondary: priorPolicy},

		// fs-mine-action: "The United States is the world’s single largest
		// financial supporter of steps to mitigate the harmful consequences
		// of landmines …" A description of what the U.S. does, not a
		// commitment: the policy makes none about clearance.
		{ID: "us-2022/clear", Regime: R, When: When{Activity: ids("clear")}, Verdict: Silent, Cites: cites("fs-mine-action")},
		// fs-alternatives: "… undertake diligent efforts to pursue materiel
		// and operational solutions …": a duty of effort, not of result.
		{ID: "us-2022/alternatives", Regime: R, When: When{Activity: ids("alternatives")}, Verdict: Effort, Cites: cites("fs-alternatives")},
	}...)
}

// destroyTerms are the terms of the commitment to destroy stockpiles: no
// deadline, and every stockpile not required for the defense of the
// Republic of Korea, training stocks included when read literally.
var destroyTerms = Terms{Deadline: "none-stated", Scope: "all-not-for-rok"}

// priorPolicy are the sources of what applied on the Korean Peninsula
// before 21 June 2022 (the policy of 31 January 2020, news reports only),
// which the fact sheet left unchanged there.
var priorPolicy = []string{"U12a", "U12b", "U12c"}

// cites is shorthand for a rule's citation list.
func cites(c ...CitationID) []CitationID { return c }
