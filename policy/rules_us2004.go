package policy

// us2004Rules is the U.S. policy of 27 February 2004 (State Department
// fact sheet and FAQ, U8a and U8e [P]; White House message, U8b [P];
// Human Rights Watch's reading, U8d [S]), as summarised in docs/SOURCES.md
// section 5. The explorer holds summaries of these texts, not their
// words, so nothing here is quoted. The policy turned on persistence:
// it ended persistent mines (none of any kind anywhere after 2010) and
// kept non-persistent ones, which self-destruct or self-deactivate.
// Not modelled (docs/RULES.md section 8): its rules on detectability and
// on persistent anti-vehicle mines.
// persistentEnd is the last day the 2004 policy allowed persistent mines
// ("after 2010" none of any kind anywhere, U8a [P]).
const persistentEnd = "2010-12-31"

func us2004Rules() []Rule {
	const R = US2004
	src := []string{"U8a", "U8e"}
	until, after := persistentEnd, nextDay(persistentEnd)
	return append(notAPLRows(R), []Rule{
		// U8a: keep developing non-persistent mines; remove all persistent
		// mines from the arsenal. Development of persistent mines is not
		// addressed in the summaries the explorer holds.
		{ID: "us-2004/develop-non-persistent", Regime: R, When: When{Activity: ids("develop"), Device: apl, Persistence: nonPersist}, Verdict: Permitted, Primary: src},
		{ID: "us-2004/develop-persistent", Regime: R, When: When{Activity: ids("develop"), Device: apl, Persistence: persistent}, Verdict: Silent, Primary: src},

		// Production and acquisition are not addressed, except that after
		// 2010 no persistent mine of any kind was to be held anywhere.
		{ID: "us-2004/make-non-persistent", Regime: R, When: When{Activity: ids("produce", "acquire"), Device: apl, Persistence: nonPersist}, Verdict: Silent, Primary: src},
		{ID: "us-2004/make-persistent-to-2010", Regime: R, When: When{Activity: ids("produce", "acquire"), Device: apl, Persistence: persistent}, Verdict: Silent, Primary: src, To: until},
		{ID: "us-2004/persistent-after-2010", Regime: R, When: When{Activity: ids("use", "produce", "acquire", "stockpile"), Device: apl, Persistence: persistent}, Verdict: Prohibited, Primary: src, From: after},

		// Use: non-persistent mines stayed available, with no place or end
		// date (HRW's reading, U8d [S]); persistent ones had an end date
		// and were kept only for Korea (U8b), with no rule on their use
		// before then in the summaries.
		{ID: "us-2004/use-non-persistent", Regime: R, When: When{Activity: ids("use"), Device: apl, Persistence: nonPersist}, Verdict: Permitted, Primary: src, Secondary: []string{"U8d"}},
		{ID: "us-2004/use-persistent-to-2010", Regime: R, When: When{Activity: ids("use"), Device: apl, Persistence: persistent}, Verdict: Silent, Primary: []string{"U8a", "U8b"}, To: until},

		// Stockpiles: persistent mines not needed for Korea were to be
		// destroyed, the destruction to begin within two years; the
		// persistent stock was kept only for Korea (U8b); non-persistent
		// mines stayed in the arsenal.
		{ID: "us-2004/stockpile-non-persistent", Regime: R, When: When{Activity: ids("stockpile"), Device: apl, Persistence: nonPersist}, Verdict: Permitted, Primary: src},
		{ID: "us-2004/stockpile-persistent-korea", Regime: R, When: When{Activity: ids("stockpile"), Device: apl, Persistence: persistent, Purpose: ids("military"), Context: ids("korea")}, Verdict: Permitted, Primary: []string{"U8a", "U8b"}, To: until, Terms: Terms{Deadline: "end-2010"}},
		{ID: "us-2004/stockpile-persistent-other", Regime: R, When: When{Activity: ids("stockpile"), Device: apl, Persistence: persistent, Purpose: ids("military"), Context: ids("elsewhere")}, Verdict: Prohibited, Primary: src, To: until, Terms: Terms{Deadline: "begin-two-years"}},
		{ID: "us-2004/stockpile-persistent-training", Regime: R, When: When{Activity: ids("stockpile"), Device: apl, Persistence: persistent, Purpose: ids("mine-action")}, Verdict: Prohibited, Primary: src, To: until, Terms: Terms{Deadline: "begin-two-years"}},
		{ID: "us-2004/stockpile-persistent-destruction", Regime: R, When: When{Activity: ids("stockpile"), Device: apl, Persistence: persistent, Purpose: ids("destruction")}, Verdict: Conditional, Primary: src, To: until, Terms: Terms{Deadline: "begin-two-years"}},
		{ID: "us-2004/destroy-non-persistent", Regime: R, When: When{Activity: ids("destroy"), Device: apl, Persistence: nonPersist}, Verdict: Permitted, Primary: src},
		{ID: "us-2004/destroy-persistent-other", Regime: R, When: When{Activity: ids("destroy"), Device: apl, Persistence: persistent, Context: ids("elsewhere")}, Verdict: Required, Primary: src, To: until, Terms: Terms{Deadline: "begin-two-years"}},
		{ID: "us-2004/destroy-persistent-korea", Regime: R, When: When{Activity: ids("destroy"), Device: apl, Persistence: persistent, Context: ids("korea")}, Verdict: Permitted, Primary: []string{"U8a", "U8b"}, To: until},
		{ID: "us-2004/destroy-persistent-after-2010", Regime: R, When: When{Activity: ids("destroy"), Device: apl, Persistence: persistent}, Verdict: Required, Primary: src, From: after, Terms: Terms{Deadline: "end-2010"}},

		// Transfer: the policy sought a worldwide ban on selling or
		// exporting persistent mines; U.S. exports were barred by law
		// since 1992 (U1, U9), which the explorer does not model as policy.
		{ID: "us-2004/transfer", Regime: R, When: When{Activity: ids("transfer"), Device: apl}, Verdict: Silent, Primary: append(src, "U1"), Secondary: []string{"U9"}},
		{ID: "us-2004/assist", Regime: R, When: When{Activity: ids("assist"), Device: apl}, Verdict: Silent, Primary: src},

		{ID: "us-2004/clear", Regime: R, When: When{Activity: ids("clear")}, Verdict: Silent, Primary: src},
		{ID: "us-2004/alternatives", Regime: R, When: When{Activity: ids("alternatives")}, Verdict: Silent, Primary: src},
	}...)
}
