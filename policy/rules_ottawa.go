package policy

// ottawaRules is what the Convention requires of its States Parties, as in
// the reference table of docs/RULES.md section 3. Each row sits beside the
// article it implements (summarised, see convention.go).
func ottawaRules() []Rule {
	const R = Ottawa
	return []Rule{
		// Art. 1(1)(b): never develop, produce, otherwise acquire,
		// stockpile, retain or transfer APL.
		{ID: "ottawa/develop", Regime: R, When: When{Activity: ids("develop"), Device: apl}, Verdict: Prohibited, Cites: cites("art-1-1-b")},
		{ID: "ottawa/produce", Regime: R, When: When{Activity: ids("produce"), Device: apl}, Verdict: Prohibited, Cites: cites("art-1-1-b")},
		{ID: "ottawa/acquire-military", Regime: R, When: When{Activity: ids("acquire"), Device: apl, Purpose: ids("military")}, Verdict: Prohibited, Cites: cites("art-1-1-b")},
		// Art. 3(1): retention or transfer for developing and training in
		// detection, clearance or destruction, the minimum number absolutely
		// necessary.
		{ID: "ottawa/acquire-mine-action", Regime: R, When: When{Activity: ids("acquire"), Device: apl, Purpose: ids("mine-action")}, Verdict: Conditional, Cites: cites("art-3-1"), Terms: retainTerms},
		// Art. 3(2): transfer for the purpose of destruction is permitted.
		{ID: "ottawa/acquire-destruction", Regime: R, When: When{Activity: ids("acquire"), Device: apl, Purpose: ids("destruction")}, Verdict: Permitted, Cites: cites("art-3-2")},

		// Art. 1(1)(b) and Art. 4: destroy stockpiles within 4 years of
		// entry into force; no Korean or other exception.
		{ID: "ottawa/stockpile-military", Regime: R, When: When{Activity: ids("stockpile"), Device: apl, Purpose: ids("military")}, Verdict: Prohibited, Cites: cites("art-1-1-b", "art-4"), Terms: destroyTermsOttawa},
		{ID: "ottawa/stockpile-mine-action", Regime: R, When: When{Activity: ids("stockpile"), Device: apl, Purpose: ids("mine-action")}, Verdict: Conditional, Cites: cites("art-3-1"), Terms: retainTerms},
		{ID: "ottawa/stockpile-destruction", Regime: R, When: When{Activity: ids("stockpile"), Device: apl, Purpose: ids("destruction")}, Verdict: Conditional, Cites: cites("art-4"), Terms: Terms{Deadline: "four-years"}},

		// Art. 1(1)(b), with "transfer" defined in Art. 2(4).
		{ID: "ottawa/transfer-military", Regime: R, When: When{Activity: ids("transfer"), Device: apl, Purpose: ids("military")}, Verdict: Prohibited, Cites: cites("art-1-1-b", "art-2-4")},
		{ID: "ottawa/transfer-mine-action", Regime: R, When: When{Activity: ids("transfer"), Device: apl, Purpose: ids("mine-action")}, Verdict: Conditional, Cites: cites("art-3-1"), Terms: retainTerms},
		{ID: "ottawa/transfer-destruction", Regime: R, When: When{Activity: ids("transfer"), Device: apl, Purpose: ids("destruction")}, Verdict: Permitted, Cites: cites("art-3-2")},

		// Art. 1(1)(a): never, under any circumstances, use APL.
		{ID: "ottawa/use", Regime: R, When: When{Activity: ids("use"), Device: apl}, Verdict: Prohibited, Cites: cites("art-1-1-a")},
		// Art. 1(1)(c): never assist, encourage or induce anyone to do what
		// the Convention prohibits.
		{ID: "ottawa/assist", Regime: R, When: When{Activity: ids("assist"), Device: apl}, Verdict: Prohibited, Cites: cites("art-1-1-c")},
		// Art. 1(2) and Art. 4: destroy all APL.
		{ID: "ottawa/destroy", Regime: R, When: When{Activity: ids("destroy"), Device: apl}, Verdict: Required, Cites: cites("art-1-2", "art-4"), Terms: destroyTermsOttawa},

		// Art. 2(1): an APL is designed to be exploded by a person; an
		// operator-fired munition is not, nor is an anti-vehicle mine merely
		// because it has an anti-handling device (Art. 2(2), 2(3)).
		{ID: "ottawa/command", Regime: R, When: When{Activity: needsDevice, Device: ids("command")}, Verdict: OutOfScope, Cites: cites("art-2-1"), Secondary: []string{"C1", "C2", "C3"}},
		{ID: "ottawa/anti-vehicle", Regime: R, When: When{Activity: needsDevice, Device: ids("anti-vehicle")}, Verdict: OutOfScope, Cites: cites("art-2-1", "art-2-2", "art-2-3")},
		// The ICBL and ICRC read Art. 2(1) to cover anti-vehicle mines a
		// person can set off; a few States Parties disagree.
		{ID: "ottawa/sensitive-av", Regime: R, When: When{Activity: needsDevice, Device: ids("sensitive-av")}, Verdict: Contested, Cites: cites("art-2-1", "art-2-3"), Readings: &Readings{IfAPL: "apl", IfNot: "anti-vehicle"}, Secondary: []string{"C1"}},

		// Art. 5: clear mined areas under the state's jurisdiction or
		// control; Art. 6: assistance from those "in a position to do so".
		{ID: "ottawa/clear", Regime: R, When: When{Activity: ids("clear")}, Verdict: RequiredOwnAreas, Cites: cites("art-5", "art-6")},
		// Art. 2(1): a device that is not victim-activated is outside the ban.
		{ID: "ottawa/alternatives", Regime: R, When: When{Activity: ids("alternatives")}, Verdict: Permitted, Cites: cites("art-2-1")},
	}
}

// retainTerms are Art. 3(1)'s terms: the minimum number absolutely
// necessary, for developing and training in detection, clearance or
// destruction techniques.
var retainTerms = Terms{Purpose: "techniques", Quantity: "minimum"}

// destroyTermsOttawa are Art. 4's terms: within four years of entry into
// force for the state, all stockpiles but the mines retained under Art. 3.
var destroyTermsOttawa = Terms{Deadline: "four-years", Scope: "all-but-retained"}
