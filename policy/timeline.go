package policy

import (
	"slices"
	"strings"
)

// Event is one dated entry of the timeline of U.S. policy and the
// Convention, 1992–2026.
type Event struct {
	ID      string   // "ev-1992-export-moratorium", unique, URL-safe
	Date    string   // ISO 8601 as precise as known: "1992-10-23", "1996-01", "2017"
	When    string   // as shown: "23 Oct 1992", "Jan 1996", "After Mar 2026"
	Subject string   // "us" or "convention"
	Title   string   // short heading
	Summary string   // own words; says "unverified" where the event is UNVERIFIED
	Quote   string   // an exact quote as the brief gives it, "" if none
	QuoteBy string   // who is quoted, "" if no Quote
	Tag     Tag      // the weakest tag that applies to the event
	Sources []string // source keys
}

// The subjects of a timeline event.
const (
	subjectUS         = "us"
	subjectConvention = "convention"
)

// Timeline returns the events sorted by Date (oldest first; an event known
// only to the month or year sorts as its first day). The slice is the
// caller's own.
func Timeline() []Event {
	list, _ := timelineIndex()
	return copies(list)
}

func (e Event) copied() Event { e.Sources = slices.Clone(e.Sources); return e }

// timelineIndex is the sorted timeline and its index by id, built once:
// status notes and dated texts look events up on every render.
var timelineIndex = indexOnce(timelineList, func(e Event) string { return e.ID })

// timelineList is the timeline as data, sorted by date.
func timelineList() []Event {
	events := []Event{
		{
			ID: "ev-1992-export-moratorium", Date: "1992-10-23", When: "23 Oct 1992", Subject: subjectUS,
			Title:   "Landmine export moratorium becomes law",
			Summary: "Public Law 102-484 included Senator Leahy's Landmine Export Moratorium: a one-year halt to the sale, transfer or export of U.S. anti-personnel mines. The moratorium was later extended.",
			Tag:     TagPrimary, Sources: []string{"U1", "U2"},
		},
		{
			ID: "ev-1994-unga-control-regime", Date: "1994-09-26", When: "26 Sep 1994", Subject: subjectUS,
			Title:   "Clinton calls for the eventual elimination of anti-personnel mines",
			Summary: "At the UN General Assembly, President Clinton called for the first time for anti-personnel mines to be eliminated in the end, and proposed a control regime aimed at long-lived mines. The U.S. was then in the second year of a four-year export moratorium.",
			Tag:     TagPrimary, Sources: []string{"U2"},
		},
		{
			ID: "ev-1996-leahy-evans", Date: "1996-01", When: "Jan 1996", Subject: subjectUS,
			Title:   "Leahy–Evans legislation signed",
			Summary: "Leahy–Evans legislation was signed; a single weak secondary source describes it as a one-year moratorium on U.S. use of anti-personnel mines. Its effective dates and what became of it are unverified.",
			Tag:     TagUnverified, Sources: []string{"U2b"},
		},
		{
			ID: "ev-1996-clinton-policy", Date: "1996-05-16", When: "16 May 1996", Subject: subjectUS,
			Title:   "U.S. forces stop using non-self-destructing anti-personnel mines",
			Summary: "President Clinton's policy ended U.S. use of anti-personnel mines that do not self-destruct, except on the Korean Peninsula and for training; self-destructing mines such as ADAM and mixed systems stayed allowed, and use of the Claymore in command-detonated mode was not affected. The U.S. said it would seek a worldwide ban. Earlier that month, on 3 May 1996, the amended Protocol II of the Convention on Certain Conventional Weapons had been adopted.",
			// The Claymore part rests on secondary sources (U4, C4): the
			// event's tag is the weakest of its claims.
			Tag: TagSecondary, Sources: []string{"U3", "U5", "U4", "C4"},
		},
		{
			ID: "ev-1997-export-ban-stockpile-cap", Date: "1997-01-17", When: "17 Jan 1997", Subject: subjectUS,
			Title:   "Permanent export ban and stockpile cap",
			Summary: "The White House announced a permanent U.S. ban on exporting and transferring anti-personnel mines, capped the U.S. stockpile at its current level, and said the U.S. would seek negotiations on a ban in the Conference on Disarmament.",
			Quote:   "Our children deserve to walk the earth in safety",
			QuoteBy: "President Clinton, a line from his UN General Assembly speech repeated in the White House statement of 17 Jan 1997",
			Tag:     TagPrimary, Sources: []string{"U5"},
		},
		{
			ID: "ev-1997-us-declines-to-sign", Date: "1997-09-17", When: "17 Sep 1997", Subject: subjectUS,
			Title:   "The U.S. declines to sign the Convention",
			Summary: "President Clinton announced that the U.S. would not sign the Convention, and a White House fact sheet set out U.S. requirements for landmines in Korea. The U.S. had sought an exception for Korea, a transition period (nine years, according to the American Forces Press Service) and treatment of anti-tank systems protected by anti-personnel mines; CNN reported that it also wanted a withdrawal clause for states under attack.",
			Quote:   "the Cold War's last frontier",
			QuoteBy: "President Clinton, describing the Korean DMZ in his remarks of 17 Sep 1997",
			Tag:     TagSecondary, Sources: []string{"U6", "K1", "U6b", "U6c", "U6d"},
		},
		{
			ID: "ev-1997-convention-adopted", Date: "1997-09-18", When: "18 Sep 1997", Subject: subjectConvention,
			Title:   "Convention adopted in Oslo",
			Summary: "The Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction was adopted at Oslo.",
			Tag:     TagPrimary, Sources: []string{"T1", "T2"},
		},
		{
			ID: "ev-1997-opened-for-signature", Date: "1997-12-03", When: "3–4 Dec 1997", Subject: subjectConvention,
			Title:   "Convention opened for signature in Ottawa",
			Summary: "The Convention was opened for signature at Ottawa on 3 and 4 December 1997, and then at UN Headquarters in New York from 5 December 1997 until it entered into force.",
			Tag:     TagPrimary, Sources: []string{"T1"},
		},
		{
			ID: "ev-1998-presidential-directive", Date: "1998-05", When: "May 1998", Subject: subjectUS,
			Title:   "Presidential directive sets 2003 and 2006 goals",
			Summary: "A classified Presidential Decision Directive, made public through a letter from Berger to Senator Leahy, said U.S. use of anti-personnel mines would end everywhere except Korea by 2003, with mixed munitions excepted. It set the goal of signing the Convention by 2006 if suitable alternatives had been identified and fielded.",
			Tag:     TagSecondary, Sources: []string{"U7"},
		},
		{
			ID: "ev-1998-40th-ratification", Date: "1998-09", When: "Sep 1998", Subject: subjectConvention,
			Title:   "40th ratification reached",
			Summary: "The Convention received its 40th ratification.",
			Tag:     TagSecondary, Sources: []string{"T3"},
		},
		{
			ID: "ev-1999-entry-into-force", Date: "1999-03-01", When: "1 Mar 1999", Subject: subjectConvention,
			Title:   "Convention enters into force",
			Summary: "The Convention entered into force. Signature closed at that point, so states that join later do so by accession. One UN introductory note gives the year as 2009, which is a typo.",
			Tag:     TagSecondary, Sources: []string{"T2", "T3", "T4"},
		},
		{
			ID: "ev-1999-ccw-amended-protocol-ii", Date: "1999-05-24", When: "24 May 1999", Subject: subjectUS,
			Title:   "U.S. ratifies CCW Amended Protocol II",
			Summary: "The U.S. ratified Amended Protocol II of the Convention on Certain Conventional Weapons. In 1999 it also removed its last minefield, at Guantánamo.",
			Tag:     TagSecondary, Sources: []string{"U17", "U8c"},
		},
		{
			ID: "ev-2004-bush-policy", Date: "2004-02-27", When: "27 Feb 2004", Subject: subjectUS,
			Title:   "Bush policy: persistent versus non-persistent mines",
			Summary: "The new policy said all persistent landmines, anti-personnel and anti-vehicle, would leave the U.S. arsenal and none would be used anywhere after 2010; until then, persistent anti-vehicle mines could be used outside Korea only with presidential authorisation. The U.S. would keep developing non-persistent (self-destructing or self-deactivating) mines, get rid of non-detectable mines within a year, start destroying persistent mines not needed for Korea within two years, and seek a worldwide ban on the sale or export of persistent mines. It said the U.S. had not joined the Convention and would not.",
			Tag:     TagPrimary, Sources: []string{"U8a", "U8b", "U8e"},
		},
		{
			ID: "ev-2007-export-moratorium-extended", Date: "2007-12", When: "Dec 2007", Subject: subjectUS,
			Title:   "Export moratorium extended to 2014",
			Summary: "According to the Landmine Monitor, the U.S. export moratorium was extended until 2014; it also says that all U.S. exports of anti-personnel mines have been barred by law since 23 Oct 1992.",
			Tag:     TagSecondary, Sources: []string{"U9"},
		},
		{
			ID: "ev-2012-poland-ratifies", Date: "2012-12-27", When: "27 Dec 2012", Subject: subjectConvention,
			Title:   "Poland becomes the 161st State Party",
			Summary: "Poland ratified the Convention, bringing the number of States Parties to 161, according to the ICBL.",
			Tag:     TagSecondary, Sources: []string{"T13b"},
		},
		{
			ID: "ev-2014-maputo-announcement", Date: "2014-06-27", When: "27 Jun 2014", Subject: subjectUS,
			Title:   "No new production or acquisition",
			Summary: "At the Convention's Third Review Conference in Maputo, the U.S. announced that it would not produce or otherwise acquire anti-personnel mines in future, including to replace stockpiled mines as they expire. It said it was pursuing solutions that would let it accede to the Convention, and studying through modelling and simulation the risks of giving these mines up.",
			Tag:     TagPrimary, Sources: []string{"U10a", "U10b"},
		},
		{
			ID: "ev-2014-obama-policy", Date: "2014-09-23", When: "23 Sep 2014", Subject: subjectUS,
			Title:   "Obama policy: no use outside the Korean Peninsula",
			Summary: "The U.S. said it would not use anti-personnel mines outside the Korean Peninsula, would not assist, encourage or induce anyone outside the peninsula to do what the Convention prohibits, and would undertake to destroy stockpiles not required for the defense of the Republic of Korea.",
			// U11a is read only as cited in the Law of War Manual, through a
			// mirror; the entry also rests on U11b and U11c [S].
			Tag: TagSecondary, Sources: []string{"U11a", "U11b", "U11c"},
		},
		{
			ID: "ev-2017-162-states-parties", Date: "2017", When: "2017", Subject: subjectConvention,
			Title:   "162 States Parties",
			Summary: "The Landmine Monitor 2017 counted 162 States Parties.",
			Tag:     TagSecondary, Sources: []string{"T18"},
		},
		{
			ID: "ev-2018-164-states-parties", Date: "2018", When: "2018–2022", Subject: subjectConvention,
			Title:   "164 States Parties",
			Summary: "The Landmine Monitor's 2018 and 2019 reports counted 164 States Parties, and a U.S. National Security Council statement of December 2022 gives the same number.",
			Tag:     TagSecondary, Sources: []string{"T18", "U14"},
		},
		{
			ID: "ev-2020-trump-policy", Date: "2020-01-31", When: "31 Jan 2020", Subject: subjectUS,
			Title:   "Trump policy cancels the 2014 limits",
			Summary: "The White House cancelled the 2014 policy, citing risk to U.S. forces. A new Defense Department policy let combatant commanders use advanced non-persistent landmines in exceptional circumstances, and limited the department to employing, developing, producing or acquiring only non-persistent mines designed to self-destruct within 30 days or less, with a backup self-deactivation feature. The news agency dpa reported that plans to use them outside Korea needed the Defense Secretary's approval.",
			Quote:   "under the authority of U.S. Combatant Commanders",
			QuoteBy: "U.S. statement at the 2022 Intersessional Meeting, describing how the 2020 policy allowed anti-personnel mine use worldwide",
			Tag:     TagSecondary, Sources: []string{"U12a", "U12b", "U12c", "U13a"},
		},
		{
			ID: "ev-2022-biden-policy", Date: "2022-06-21", When: "21 Jun 2022", Subject: subjectUS,
			Title:   "Biden policy aligns with the Convention outside the Korean Peninsula",
			Summary: "Outside the Korean Peninsula, the U.S. aligned its policy with key provisions of the Convention: it will not develop, produce or acquire anti-personnel mines; will not export or transfer them except for mine detection or removal and for destruction; will not use them outside the peninsula; will not assist, encourage or induce anyone, outside the context of the peninsula, to do what the Convention prohibits; and will undertake to destroy stockpiles not required for the defense of the Republic of Korea. The Defense Department was directed to pursue alternatives that would let the U.S. accede. The policy review behind it began in April 2021.",
			Tag:     TagPrimary, Sources: []string{"U13a", "U13b"},
		},
		{
			ID: "ev-2022-nsc-progress", Date: "2022-12-02", When: "2 Dec 2022", Subject: subjectUS,
			Title:   "NSC reports on carrying out the 2022 policy",
			Summary: "A National Security Council statement said excess anti-personnel mines were being removed from U.S. inventories for demilitarisation on verifiable timelines and that alternatives were being pursued. It described U.S. aid for conventional weapons destruction over about 25 years in more than 100 countries.",
			Quote:   "over $4.7 billion",
			QuoteBy: "National Security Council statement, 2 Dec 2022",
			Tag:     TagPrimary, Sources: []string{"U14"},
		},
		{
			ID: "ev-2024-ukraine-apl", Date: "2024-11-20", When: "20 Nov 2024", Subject: subjectUS,
			Title:   "U.S. to provide non-persistent anti-personnel mines to Ukraine",
			Summary: "Austin announced that the U.S. would provide Ukraine with non-persistent anti-personnel mines, which are battery-dependent and become inert after about 4 hours to 2 weeks, according to an official speaking on background. The U.S. sought Ukrainian commitments to use them on Ukrainian territory and not in areas where Ukrainian civilians live. Ukraine was then a State Party, and Human Rights Watch said Ukrainian use would violate the Convention.",
			Quote:   "within two weeks",
			QuoteBy: "State Department spokesperson, on when the mines become inert",
			Tag:     TagSecondary, Sources: []string{"U15a", "U15b", "U15c"},
		},
		{
			ID: "ev-2025-marshall-islands", Date: "2025-03-12", When: "12 Mar 2025", Subject: subjectConvention,
			Title:   "Marshall Islands becomes the 165th State Party",
			Summary: "The Marshall Islands deposited its ratification as the 165th State Party, and the Convention entered into force for it on 1 Sep 2025. It was the last state that had signed but not ratified.",
			Tag:     TagSecondary, Sources: []string{"T7"},
		},
		{
			ID: "ev-2025-baltic-poland-recommendation", Date: "2025-03-18", When: "18 Mar 2025", Subject: subjectConvention,
			Title:   "Baltic and Polish defence ministers recommend withdrawal",
			Summary: "The defence ministers of Estonia, Latvia, Lithuania and Poland jointly recommended withdrawing from the Convention, citing increased military threats from Russia and Belarus.",
			Tag:     TagSecondary, Sources: []string{"T10"},
		},
		{
			ID: "ev-2025-finland-announces", Date: "2025-04", When: "About 1 Apr 2025", Subject: subjectConvention,
			Title:   "Finland announces plan to withdraw",
			Summary: "Finland's government announced its own plan to withdraw from the Convention.",
			Tag:     TagSecondary, Sources: []string{"T11c"},
		},
		{
			ID: "ev-2025-baltic-notifications", Date: "2025-06-27", When: "27 Jun 2025", Subject: subjectConvention,
			Title:   "Estonia, Latvia and Lithuania notify withdrawal",
			Summary: "The UN Secretary-General received the withdrawal instruments of Estonia, Latvia and Lithuania. Domestic steps came first: Latvia's President signed its withdrawal law on 24 Apr 2025, Lithuania's Seimas voted in May, and Estonia's parliament passed its law on 4 Jun, which the President approved on 13 Jun.",
			Tag:     TagSecondary, Sources: []string{"T9", "T8", "T9b", "T9c", "T17c", "T11a"},
		},
		{
			ID: "ev-2025-ukraine-suspension", Date: "2025-07", When: "Jul 2025", Subject: subjectConvention,
			Title:   "Ukraine announces suspension (disputed)",
			Summary: "After a presidential decree of 29 Jun 2025 and a law signed on 15 Jul, Ukraine notified the UN on 17 or 18 Jul that it was suspending the operation of the Convention, invoking the fundamental-change-of-circumstances rule of the Vienna Convention on the Law of Treaties; sources differ on whether its law speaks of withdrawal or suspension. Human Rights Watch, the ICBL and the Harvard clinic argue that suspension is unlawful because the Convention is built to apply in armed conflict, and Article 20(3) bars a withdrawal from taking effect while a state is engaged in armed conflict. The announced suspension has no agreed legal effect and is disputed.",
			Tag:     TagSecondary, Sources: []string{"T14", "T15", "T16", "T16b", "T17", "T17b"},
		},
		{
			ID: "ev-2025-finland-notification", Date: "2025-07-10", When: "10 Jul 2025", Subject: subjectConvention,
			Title:   "Finland notifies withdrawal",
			Summary: "Finland's Foreign Ministry said it presented its instrument of withdrawal to the UN that day, notifying the other States Parties and the UN Security Council too, after parliament approved withdrawal in June 2025 (by 157 votes to 18, according to a CCTV report).",
			Tag:     TagSecondary, Sources: []string{"T11a", "T11b", "T11d", "T11e"},
		},
		{
			ID: "ev-2025-poland-notification", Date: "2025-08-20", When: "20 Aug 2025", Subject: subjectConvention,
			Title:   "Poland notifies withdrawal",
			Summary: "Poland notified its withdrawal to the UN, after the Sejm voted for it in June 2025 (413 to 15 with 3 abstentions, according to babel.ua) and President Duda signed in July 2025.",
			Tag:     TagSecondary, Sources: []string{"T12", "T12b", "T12c"},
		},
		{
			ID: "ev-2025-tonga-accession", Date: "2025-06-25", When: "25 Jun 2025", Subject: subjectConvention,
			Title:   "Tonga accedes to the Convention",
			Summary: "Tonga deposited its instrument of accession, according to the ICBL (26 June according to Matangi Tonga).",
			Tag:     TagSecondary, Sources: []string{"N1"},
		},
		{
			ID: "ev-2025-hegseth-memo", Date: "2025-12-02", When: "2 Dec 2025", Subject: subjectUS,
			Title:   "Defense Department memo reportedly reverses the 2022 policy",
			Summary: "A Defense Department memo from Hegseth, first reported by the Washington Post on 19 to 20 Dec 2025 and known only from news reports, reportedly reverses the 2022 policy and orders a review with a new policy within 90 days; its stated aims include lifting geographic limits and giving combatant commanders authority to use anti-personnel mines. In the meantime, remotely delivered anti-personnel mines may be used only if they have compliant self-destruction and self-deactivation features.",
			Quote:   "inoperable or unsafe",
			QuoteBy: "The Hegseth memo, as reported, on which mines would still be destroyed",
			Tag:     TagSecondary, Sources: []string{"U16a", "U16b"},
		},
		{
			ID: "ev-2025-22msp", Date: "2025-12-01", When: "1–5 Dec 2025", Subject: subjectConvention,
			Title:   "Meeting of States Parties: suspension not allowed",
			Summary: "The Twenty-Second Meeting of the States Parties, in Geneva, confirmed that Ukraine remains bound by the Convention, according to Norwegian People's Aid, which quotes the meeting's final report. Norway, Belgium, Austria, Switzerland, New Zealand and Colombia lodged formal objections to Ukraine's announced suspension with the UN Secretary-General, per the same source.",
			Quote:   "The Convention does not allow the suspension of its operation and consequently its obligations",
			QuoteBy: "Final report of the Twenty-Second Meeting of the States Parties, as quoted by Norwegian People's Aid",
			Tag:     TagSecondary, Sources: []string{"N4", "N3"},
		},
		{
			ID: "ev-2025-tonga-in-force", Date: "2025-12-01", When: "1 Dec 2025", Subject: subjectConvention,
			Title:   "Convention enters into force for Tonga, the 166th State Party",
			Summary: "The Convention entered into force for Tonga, on the first day of the sixth month after its accession, as Article 17(2) provides.",
			Tag:     TagSecondary, Sources: []string{"N1"},
		},
		{
			ID: "ev-2025-baltic-withdrawals-effective", Date: "2025-12-27", When: "27 Dec 2025", Subject: subjectConvention,
			Title:   "Withdrawals of Estonia, Latvia and Lithuania take effect",
			Summary: "Six months after the UN received their instruments, the withdrawals of Estonia, Latvia and Lithuania took effect.",
			Tag:     TagSecondary, Sources: []string{"T8", "T9", "T9-alt"},
		},
		{
			ID: "ev-2026-finland-withdrawal-effective", Date: "2026-01-10", When: "10 Jan 2026", Subject: subjectConvention,
			Title:   "Finland's withdrawal takes effect",
			Summary: "Six months after it presented its instrument to the UN, Finland's withdrawal took effect.",
			Tag:     TagSecondary, Sources: []string{"T11d"},
		},
		{
			ID: "ev-2026-poland-withdrawal-effective", Date: "2026-02-20", When: "20 Feb 2026", Subject: subjectConvention,
			Title:   "Poland's withdrawal takes effect",
			Summary: "Poland's withdrawal took effect. The ICBL said the six-month period had now run out for all five withdrawing states.",
			Tag:     TagSecondary, Sources: []string{"T13"},
		},
		{
			ID: "ev-2026-dod-review-outcome", Date: "2026-03", When: "After Mar 2026", Subject: subjectUS,
			Title:   "Outcome of the 90-day review",
			Summary: "The review ordered by the December 2025 memo was to produce a new Defense Department policy within 90 days. No final policy was found: its content is unverified.",
			Tag:     TagUnverified, Sources: []string{"U16a", "U16b"},
		},
	}
	slices.SortStableFunc(events, func(a, b Event) int { return strings.Compare(a.Date, b.Date) })
	return events
}

// EventByID returns one timeline event.
func EventByID(id string) (Event, bool) { return lookup(timelineIndex, id) }
