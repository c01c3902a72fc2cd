package policy

// us2022Rules is the U.S. policy announced on 21 June 2022
// (fact-sheet-2022.md), as in the reference table of rules.md section 3.
// Each row sits beside the clause it implements.
func us2022Rules() []Rule {
	const R = US2022
	return []Rule{
		// fs-develop: "Not develop, produce, or acquire APL;"
		{ID: "us-2022/develop", Regime: R, When: When{Activity: ids("develop"), Device: apl}, Verdict: Prohibited, Cites: cites("fs-develop")},
		{ID: "us-2022/produce", Regime: R, When: When{Activity: ids("produce"), Device: apl}, Verdict: Prohibited, Cites: cites("fs-develop")},
		{ID: "us-2022/acquire-military", Regime: R, When: When{Activity: ids("acquire"), Device: apl, Purpose: ids("military")}, Verdict: Prohibited, Cites: cites("fs-develop")},
		// The fact sheet states no exception for acquisition, unlike for transfer.
		{ID: "us-2022/acquire-mine-action", Regime: R, When: When{Activity: ids("acquire"), Device: apl, Purpose: ids("mine-action")}, Verdict: Prohibited, Cites: cites("fs-develop")},
		{ID: "us-2022/acquire-destruction", Regime: R, When: When{Activity: ids("acquire"), Device: apl, Purpose: ids("destruction")}, Verdict: Prohibited, Cites: cites("fs-develop")},

		// fs-destroy: "Undertake to destroy all APL stockpiles not required
		// for the defense of the Republic of Korea."
		{ID: "us-2022/stockpile-military-elsewhere", Regime: R, When: When{Activity: ids("stockpile"), Device: apl, Purpose: ids("military"), Context: ids("elsewhere")}, Verdict: Prohibited, Cites: cites("fs-destroy")},
		// fs-korea: "… preclude the United States from changing
		// anti-personnel landmine policy on the Korean Peninsula at this time."
		{ID: "us-2022/stockpile-military-korea", Regime: R, When: When{Activity: ids("stockpile"), Device: apl, Purpose: ids("military"), Context: ids("korea")}, Verdict: Excepted, Cites: cites("fs-destroy", "fs-korea")},
		// Retention for training is not mentioned in the fact sheet.
		{ID: "us-2022/stockpile-mine-action", Regime: R, When: When{Activity: ids("stockpile"), Device: apl, Purpose: ids("mine-action")}, Verdict: Silent, Cites: cites("fs-destroy")},
		{ID: "us-2022/stockpile-destruction", Regime: R, When: When{Activity: ids("stockpile"), Device: apl, Purpose: ids("destruction")}, Verdict: Conditional, Cites: cites("fs-destroy")},

		// fs-transfer: "Not export or transfer of APL, except when necessary
		// for activities related to mine detection or removal, and for the
		// purpose of destruction;" (no Korean Peninsula exception)
		{ID: "us-2022/transfer-military", Regime: R, When: When{Activity: ids("transfer"), Device: apl, Purpose: ids("military")}, Verdict: Prohibited, Cites: cites("fs-transfer")},
		{ID: "us-2022/transfer-mine-action", Regime: R, When: When{Activity: ids("transfer"), Device: apl, Purpose: ids("mine-action")}, Verdict: Conditional, Cites: cites("fs-transfer")},
		{ID: "us-2022/transfer-destruction", Regime: R, When: When{Activity: ids("transfer"), Device: apl, Purpose: ids("destruction")}, Verdict: Permitted, Cites: cites("fs-transfer")},

		// fs-use: "Not use APL outside of the Korean Peninsula;"
		{ID: "us-2022/use-elsewhere", Regime: R, When: When{Activity: ids("use"), Device: apl, Context: ids("elsewhere")}, Verdict: Prohibited, Cites: cites("fs-use")},
		{ID: "us-2022/use-korea", Regime: R, When: When{Activity: ids("use"), Device: apl, Context: ids("korea")}, Verdict: Excepted, Cites: cites("fs-use", "fs-korea")},

		// fs-assist: "Not assist, encourage, or induce anyone, outside of the
		// context of the Korean Peninsula, to engage in any activity that
		// would be prohibited by the Ottawa Convention;"
		{ID: "us-2022/assist-elsewhere", Regime: R, When: When{Activity: ids("assist"), Device: apl, Context: ids("elsewhere")}, Verdict: Prohibited, Cites: cites("fs-assist")},
		{ID: "us-2022/assist-korea", Regime: R, When: When{Activity: ids("assist"), Device: apl, Context: ids("korea")}, Verdict: Excepted, Cites: cites("fs-assist", "fs-korea")},

		// fs-destroy, again: stockpiles not required for the defense of the
		// Republic of Korea are to be destroyed; the others need not be.
		{ID: "us-2022/destroy-elsewhere", Regime: R, When: When{Activity: ids("destroy"), Device: apl, Context: ids("elsewhere")}, Verdict: Required, Cites: cites("fs-destroy")},
		{ID: "us-2022/destroy-korea", Regime: R, When: When{Activity: ids("destroy"), Device: apl, Context: ids("korea")}, Verdict: Permitted, Cites: cites("fs-destroy", "fs-korea")},

		// Devices that are not anti-personnel mines fall outside the policy,
		// whose every commitment is about APL.
		{ID: "us-2022/command", Regime: R, When: When{Activity: needsDevice, Device: ids("command")}, Verdict: OutOfScope, Cites: cites("art-2-1"), Secondary: []string{"C1", "C2", "C3", "U17"}},
		{ID: "us-2022/anti-vehicle", Regime: R, When: When{Activity: needsDevice, Device: ids("anti-vehicle")}, Verdict: OutOfScope, Cites: cites("art-2-1", "art-2-2", "art-2-3"), Secondary: []string{"U17"}},
		// Whether a person-triggerable anti-vehicle mine is an APL is disputed.
		{ID: "us-2022/sensitive-av", Regime: R, When: When{Activity: needsDevice, Device: ids("sensitive-av")}, Verdict: Contested, Cites: cites("art-2-1", "art-2-3"), Readings: &Readings{IfAPL: "apl", IfNot: "anti-vehicle"}, Secondary: []string{"C1"}},

		// fs-mine-action: "The United States is the world’s single largest
		// financial supporter of steps to mitigate the harmful consequences
		// of landmines …"
		{ID: "us-2022/clear", Regime: R, When: When{Activity: ids("clear")}, Verdict: Permitted, Cites: cites("fs-mine-action")},
		// fs-alternatives: "… undertake diligent efforts to pursue materiel
		// and operational solutions …"
		{ID: "us-2022/alternatives", Regime: R, When: When{Activity: ids("alternatives")}, Verdict: Permitted, Cites: cites("fs-alternatives")},
	}
}

// cites is shorthand for a rule's citation list.
func cites(c ...CitationID) []CitationID { return c }
