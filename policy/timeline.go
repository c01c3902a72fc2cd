package policy

import (
	"slices"
	"strings"
	"sync"
)

// Source is one entry of the reference list (docs/SOURCES.md). Every
// statement the app shows names its sources by Key, so a reader can check it.
type Source struct {
	Key   string // "T1", "U13a"; a second entry under the same key gets "-alt"
	Title string // what the source is, as the reference list describes it
	URL   string // exactly as given in the reference list
	Group string // "Treaty and status", "U.S. policy", "Command detonation", "Korea", "Humanitarian mine action"
}

// The groups of the reference list, in its order.
const (
	groupTreaty   = "Treaty and status"
	groupUS       = "U.S. policy"
	groupCommand  = "Command detonation"
	groupKorea    = "Korea"
	groupMineAct  = "Humanitarian mine action"
	groupNewer    = "Newer facts"
	lawsMarkdown  = "https://github.com/statengeneraal/laws-markdown"
	truncatedNote = " The URL is truncated in the index the brief was compiled from; it is kept as given."
)

// sourceList is the reference list, in its order.
func sourceList() []Source {
	return []Source{
		// Treaty and status.
		{"T1", "Convention text in English, Netherlands treaty database BWBV0001384, repository path verdrag/convention/of/the/prohibition/of/the/use/stockpiling/production/and/etc/BWBV0001384/README.md (commit 26ef0fbfe65b3c94585e92b256b68b334d9ad1e5)", lawsMarkdown, groupTreaty},
		{"T2", "Arms Control Association, Mine Ban Treaty (text; 18 Sep 1997; entered into force 1 Mar 1999)", "http://www.armscontrol.org/treaties/mineban", groupTreaty},
		{"T3", "Landmine Monitor 2006, Banning Antipersonnel Mines", "http://the-monitor.org/en-gb/reports/2006/landmine-monitor-2006/banning-antipersonnel-mines.aspx", groupTreaty},
		{"T4", "UN Audiovisual Library of International Law, introductory note by S. Casey-Maslen (contains the 2009 typo)", "http://legal.un.org/avl/ha/cpusptam/cpusptam.html", groupTreaty},
		{"T5", "ICBL, stockpile destruction page (no extension of the Article 4 deadline)", "http://www.icbl.org/index.php/icbl/content/view/full/23723", groupTreaty},
		{"T5b", "ICBL, disarmament page (retained mines, minimum number)", "http://www.icbl.org/index.php/icbl/Library/Articles/Making-the-Treaties-Work/Mine-Ban-Treaty/Disarmament", groupTreaty},
		{"T6", "APMBC Implementation Support Unit, Stockpile Destruction", "https://www.apminebanconvention.org/en/implementation/stockpile-destruction", groupTreaty},
		{"T7", "ICBL, Marshall Islands Becomes the 165th State Party to the Mine Ban Treaty, 13 Mar 2025", "https://www.icblcmc.org/our-impact/marshall-islands-becomes-the-165th-state-party-to-the-mine-ban-treaty", groupTreaty},
		{"T8", "MAG, statement on the official withdrawal of Estonia, Latvia and Lithuania, 27 Dec 2025", "https://www.maginternational.org/whats-happening/mag-statement-official-withdrawal-ottawa-treaty", groupTreaty},
		{"T9", "Xinhua via MIL-OSI, 28 Dec 2025 (notifications of 27 Jun; effective 27 Dec)." + truncatedNote, "https://translation1.mil-osi.com/2025/12/28/…", groupTreaty},
		{"T9b", "IANS via Lokmat Times, 29 Jun 2025", "https://www.lokmattimes.com/international/lithuania-latvia-estonia-notify-un-of-withdrawal-from-mine-ban-treaty", groupTreaty},
		{"T9c", "The Gaze, citing LRT (Lithuania's Seimas vote in May; presidential signature)", "https://thegaze.media/news/lithuania-and-estonia-notify-un-of-withdrawal-from-anti-personnel-mine-ban-treaty", groupTreaty},
		{"T9-alt", "Alternative to T9: Lianhe Zaobao via topweconsult (withdrawals effective 27 Dec 2025)", "https://topweconsult.com/news/cmjyf55zx000lmz014abnnacd", groupTreaty},
		{"T10", "Volterra Fietta, Estonia, Latvia and Lithuania set to become first states to exit global land mines treaty, 18 Jun 2025", "https://volterrafietta.com/estonia-latvia-and-lithuania-set-to-become-first-states-to-exit-global-land-mines-treaty", groupTreaty},
		{"T11a", "Censor.NET, 11 Jul 2025 (Finland, citing the Finnish Foreign Ministry)", "https://censor.net/en/news/3562737/finland-notifies-un-of-withdrawal-from-anti-personnel-mine-treaty", groupTreaty},
		{"T11b", "Gamereactor, quoting the Finnish Foreign Ministry, 11 Jul 2025", "https://www.gamereactor.eu/finland-informs-un-about-exit-from-landmine-ban-treaty-1571813/", groupTreaty},
		{"T11c", "Caliber.az, 16 Jan 2026", "https://caliber.az/en/post/poland-to-withdraw-from-ottawa-convention-on-anti-personnel-mines", groupTreaty},
		{"T11d", "Ukrinform / Yle, 10 Jan 2026", "https://www.ukrinform.net/amp/rubric-polytics/4078943-finland-officially-withdraws-from-ottawa-landmine-treaty.html", groupTreaty},
		{"T11e", "CCTV via lccodebase.cn, 11 Jul 2025 (Finnish parliament vote 157–18)", "https://www.lccodebase.cn/index.php/2025/07/11/finland-formally-submits-its-instrument-of-withdrawal-from-the-ottawa-mine-ban-convention", groupTreaty},
		{"T12", "ICBL press release, 27 Aug 2025 (Poland notified 20 Aug 2025)", "https://icblcmc.org/our-impact/civilians-will-pay-the-heavy-price-of-polands-withdrawal-from-the-mine-ban-treaty-warns-nobel-peace-prize-laureate", groupTreaty},
		{"T12b", "Babel.ua (Sejm vote 413–15–3)", "https://babel.ua/en/amp/news/119174-poland-to-withdraw-from-the-anti-personnel-mine-ban-convention", groupTreaty},
		{"T12c", "TASS, 16 Jan 2026 (Duda signed in July 2025; effective 20 Feb)", "https://tass.com/world/2072235/amp", groupTreaty},
		{"T13", "ICBL press release, 20 Feb 2026", "https://icblcmc.org/our-impact/polands-withdrawal-from-the-mine-ban-treaty-takes-legal-effect-nobel-peace-prize-laureate-urges-do-not-produce-do-not-use", groupTreaty},
		{"T13b", "ICBL, Poland Ratifies the Mine Ban Treaty (161st)", "http://www.icbl.org/index.php/icbl/Library/News/Universal/poland-ratification", groupTreaty},
		{"T14", "HRW, Ukraine Suspends Vital Mine Ban Treaty, 24 Jul 2025", "https://www.hrw.org/news/2025/07/24/ukraine-suspends-vital-mine-ban-treaty", groupTreaty},
		{"T15", "ICBL statement on Ukraine, 25 Jul 2025", "https://icblcmc.org/our-impact/icbl-statement-on-ukraines-attempt-to-withdraw-from-the-mine-ban-treaty", groupTreaty},
		{"T16", "ICBL, Why Ukraine's proposed suspension of its Mine Ban Treaty obligations is deeply problematic, 9 Oct 2025", "https://icblcmc.org/our-impact/why-ukraines-proposed-suspension-of-its-mine-ban-treaty-obligations-is-deeply-problematic", groupTreaty},
		{"T16b", "Spoiler Alerts (Substack), Minefields (Ukraine's communication to the UN Secretary-General dated 17 Jul)", "https://spoileralerts.substack.com/p/minefields", groupTreaty},
		{"T17", "Komersant Ukrainian, 29 Jun 2025 (decree)", "https://komersant.ua/en/ukaz-ukraina-nevidkladno-vidmovytsia-vid-zaborony-protypikhotnykh-min", groupTreaty},
		{"T17b", "LIGA.net (law of 15 Jul 2025)", "https://news.liga.net/en/politics/news/finland-finally-withdraws-from-the-convention-banning-anti-personnel-mines", groupTreaty},
		{"T17c", "Izvestia (Estonian parliament 4 Jun and President 13 Jun 2025)", "https://en.iz.ru/en/node/1912561/translations/delete", groupTreaty},
		{"T18", "Landmine Monitor 2017 and 2019 ban-policy overviews (2019 overview: https://archives2.the-monitor.org/en-gb/reports/2019/landmine-monitor-2019/ban-policy.aspx)", "http://the-monitor.org/en-gb/reports/2017/landmine-monitor-2017/ban-policy.aspx", groupTreaty},

		// U.S. policy.
		{"U1", "Public Law 102-484 (23 Oct 1992), 106 Stat. 2562 (Wikisource scan)", "https://en.wikisource.org/wiki/Page:United_States_Statutes_at_Large_Volume_106_Part_3.djvu/768", groupUS},
		{"U2", "White House fact sheet, U.S. Policy on a Landmine Control Regime, 26 Sep 1994", "https://clintonwhitehouse6.archives.gov/1994/09/1994-09-26-fact-sheet-us-policy-on-a-landmine-control-regime-a.html", groupUS},
		{"U2b", "MSU African Activist Archive record (Leahy–Evans moratorium mention)", "https://africanactivist.msu.edu/record/210-849-27713/", groupUS},
		{"U3", "White House fact sheet, U.S. Efforts to Address the Problem of Anti-Personnel Landmines, 16 May 1996", "https://clintonwhitehouse6.archives.gov/1996/05/1996-05-16-fact-sheet-on-us-efforts-on-anti-personnel-landmines.html", groupUS},
		{"U4", "Army Lawyer (Dec 1998), Antipersonnel Land Mines Law and Policy", "http://lawofwar.org/Barfield_landmines_army_lawyer.htm", groupUS},
		{"U5", "White House statement, United States Announces Next Steps on Anti-Personnel Landmines, 17 Jan 1997", "https://clintonwhitehouse6.archives.gov/1997/01/1997-01-17-statement-on-anti-landmines-policy.html", groupUS},
		{"U6", "Clinton remarks, 17 Sep 1997 (DoD Defense Issues, vol. 12, no. 47)", "http://www.defense.gov/Speeches/Speech.aspx?SpeechID=785", groupUS},
		{"U6b", "AFPS, U.S. Will Not Sign Land Mine Ban, 19 Sep 1997", "http://www.defense.gov/news/newsarticle.aspx?id=41119", groupUS},
		{"U6c", "RFE/RL, 18 Sep 1997", "https://www.rferl.org/a/1086636.html", groupUS},
		{"U6d", "CNN, 17 Sep 1997", "http://www.cnn.com/WORLD/9709/17/land.mines/", groupUS},
		{"U7", "Landmine Monitor 1999, United States", "http://archives.the-monitor.org/index.php/publications/display?url=lm/1999/usa.html", groupUS},
		{"U8a", "State Dept fact sheet, Landmine Policy White Paper, 27 Feb 2004", "https://2001-2009.state.gov/t/pm/rls/fs/30047.htm", groupUS},
		{"U8a-alt", "Also under U8a: State Dept WRA page, U.S. Landmine Policy", "http://m.state.gov/mc11735.htm", groupUS},
		{"U8b", "White House Global Message, 2 Mar 2004", "https://georgewbush-whitehouse.archives.gov/news/releases/2004/03/text/20040302.html", groupUS},
		{"U8c", "State Dept fact sheet, 13 Nov 2007 (via Scoop)", "https://m.scoop.co.nz/stories/WO0711/S00527/us-leadership-in-clearing-landmines-saving-lives.htm", groupUS},
		{"U8d", "HRW, New U.S. Landmine Policy: Questions and Answers, 27 Feb 2004", "https://www.hrw.org/report/2004/02/27/new-us-landmine-policy-questions-and-answers", groupUS},
		{"U8e", "State Dept FAQ on the new U.S. landmine policy, 27 Feb 2004 (FAS mirror)", "https://fas.org/asmp/campaigns/landmines/FactSheet_FAQ_NewUSLandminePolicy_2-27-04.htm", groupUS},
		{"U9", "Landmine Monitor 2009, USA", "http://archives.the-monitor.org/index.php/publications/display?act=submit&pqs_year=2009&pqs_type=lm&pqs_report=usa&pqs_section=", groupUS},
		{"U10a", "White House fact sheet, 27 Jun 2014", "https://obamawhitehouse.archives.gov/realitycheck/the-press-office/2014/06/27/fact-sheet-changes-us-anti-personnel-landmine-policy", groupUS},
		{"U10b", "NSC spokesperson Caitlin Hayden statement, 27 Jun 2014 (mirror)", "https://peaceworkstravel.com/statement-by-nsc-spokesperson-caitlin-hayden-on-u-s-anti-personnel-landmine-policy", groupUS},
		{"U11a", "DoD Law of War Manual (2015) §6.12.14, fn. 334, citing the State Dept PM fact sheet Changes to U.S. Anti-Personnel Landmine Policy, 23 Sep 2014 (mirror)", "https://www.yumpu.com/en/document/view/41586150/5cjxburmr/405", groupUS},
		{"U11b", "Pentagon Press Secretary statement, 23 Sep 2014 (mirror)", "http://americannewsservice.org/2014/09/statement-by-pentagon-press-secretary.html", groupUS},
		{"U11c", "AP via Washington Times, 23 Sep 2014", "https://www.washingtontimes.com/news/2014/sep/23/obama-admin-creates-korean-land-mine-exception/", groupUS},
		{"U12a", "Washington Times, 31 Jan 2020", "https://www.washingtontimes.com/news/2020/jan/31/trump-eases-obama-era-landmine-regulations/", groupUS},
		{"U12b", "HSToday, 31 Jan 2020 (quotes the White House statement)", "https://www.hstoday.us/subject-matter-areas/federal-government/trump-administration-loosens-obama-era-restrictions-on-land-mine-use/", groupUS},
		{"U12c", "dpa-AFX via finanznachrichten.de, Feb 2020", "https://www.finanznachrichten.de/nachrichten-2020-02/48765930-us-combatant-commanders-allowed-to-broaden-the-use-of-landmines-020.htm", groupUS},
		{"U13a", "State Dept, Statement by the United States of America at the 2022 Intersessional Meeting of the Anti-Personnel Mine Ban Convention, 21 Jun 2022", "https://www.state.gov/statement-by-the-united-states-of-america-at-the-2022-intersessional-meeting-of-the-anti-personnel-mine-ban-convention/", groupUS},
		{"U13b", "White House, Statement by NSC Spokesperson Adrienne Watson on Changes to U.S. Anti-Personnel Landmine Policy, 21 Jun 2022", "https://www.whitehouse.gov/briefing-room/statements-releases/2022/06/21/statement-by-nsc-spokesperson-adrienne-watson-on-changes-to-u-s-anti-personnel-landmine-policy/", groupUS},
		{"U13c", "Reuters via bdnews24, 21 Jun 2022", "https://bdnews24.com/world/2022/06/21/us-to-limit-use-of-anti-personnel-landmines-white-house-says", groupUS},
		{"U13d", "UPI, 21 Jun 2022", "https://www.upi.com/Top_News/US/2022/06/21/US-bans-military-use-of-anti-personnel-land-mines-everywhere-except-South-Korea/3401655827835/", groupUS},
		{"U13e", "State Dept briefing (Jenkins and Brown), 21 Jun 2022", "https://www.state.gov/briefing-on-the-united-states-updated-anti-personnel-landmine-policy/", groupUS},
		{"U13f", "AFP via Shepherd Gazette, 21 Jun 2022 (stockpile of about 3 million)", "https://shepherdgazette.com/in-return-for-trump-the-us-enacts-a-near-total-ban-on-the-use-of-landmines/", groupUS},
		{"U14", "NSC statement, about 2 Dec 2022 (mirror of the whitehouse.gov post)", "https://qhubonews.com/statement-by-nsc-spokesperson-adrienne-watson-on-biden-%e2%81%a0harris-administrations-work-to-limit-anti-personnel-landmine-use", groupUS},
		{"U15a", "Defense One, Nov 2024", "https://defenseone.com/policy/2024/11/us-begin-providing-anti-personnel-mines-ukraine/401177", groupUS},
		{"U15b", "AP via KESQ, 20 Nov 2024", "https://kesq.com/news/2024/11/20/the-us-is-sending-antipersonnel-land-mines-to-ukraine-heres-what-it-means/", groupUS},
		{"U15c", "Moscow Times, 21 Nov 2024 (Miller and Wareham quotes)", "https://themoscowtimes.com/2024/11/21/us-cites-changing-russian-tactics-as-reason-for-reversing-landmine-policy-a87086", groupUS},
		{"U16a", "Washington Post via Daily Herald, 19 Dec 2025", "https://www.dailyherald.com/20251219/nation-and-world/hegseth-reverses-land-mine-policy-to-allow-use-of-controversial-weapon", groupUS},
		{"U16b", "The National Interest (mirror)", "https://dfnihf8fcqrzv.cloudfront.net/the-national-interest/peter-suciu/the-pentagon-just-reversed-its-landmine-policy-again/186930295", groupUS},
		{"U17", "Law of War Handbook 2005 / Army text (Amended Protocol II ratified 24 May 1999)", "https://issuhub.com/view/index/5776?pageIndex=184", groupUS},

		// Command detonation.
		{"C1", "ICBL, Definition of Antipersonnel Mines", "http://www.icbl.org/index.php/icbl/layout/set/print/content/view/full/23725", groupCommand},
		{"C2", "HRW background briefing (2005), Development and Production of New Landmines", "http://pantheon.hrw.org/legacy/backgrounder/arms/arms0805/3.htm", groupCommand},
		{"C3", "Atlanta Journal-Constitution Q&A quoting Landmine Monitor's Jeff Abramson", "https://www.ajc.com/news/the-news/dgrjuOBVjcXydgqHJBjmsN/", groupCommand},
		{"C4", "U.S. Army FM 7-8 extract on the 16 May 1996 policy", "http://nuui.com/Sections/Military/Field_Manuals/FM71-2/landmines.htm", groupCommand},
		{"C5", "CCW Amended Protocol II (1996), English text, Netherlands treaty database BWBV0004938, repository path verdrag/protocol/inzake/het/verbod/of/de/beperking/van/het/gebruik/van/mijnen/etc/BWBV0004938/README.md", lawsMarkdown, groupCommand},
		{"C6", "ICRC Law & Policy blog, IEDs and the Mine Ban Convention: a minefield of definitions?, 17 Sep 2019", "https://blogs.icrc.org/law-and-policy/2019/09/17/ieds-mine-ban-convention/", groupCommand},
		{"C6-alt", "Also under C6: ICRC working paper to the Fourth Review Conference (via ReliefWeb)", "https://m.reliefweb.int/report/3291668/world/views-and-recommendations-improvised-explosive-devices-falling-within-scope-anti", groupCommand},

		// Korea.
		{"K1", "White House fact sheet, U.S. Requirements for Landmines in Korea, 17 Sep 1997 (USIA mirror)", "https://usinfo.org/usia/usinfo.state.gov/regional/ea/easec/mines917.htm", groupKorea},
		{"K2", "KBS, 28 Feb 2004", "http://world.kbs.co.kr/service/news_view.htm?Seq_Code=16455&lang=e", groupKorea},
		{"K3", "The Hill, Sep 2014 (Hayden quote)", "https://thehill.com/policy/defense/218590-us-bans-landmine-use-outside-korean-peninsula", groupKorea},
		{"K4", "Reuters via bdnews24 (U13c); Politico, 21 Jun 2022", "https://www.politico.com/news/2022/06/21/biden-land-mines-trump-policy-00040925", groupKorea},
		{"K5", "U.S. statement at the 15th Meeting of States Parties, 1 Dec 2016", "https://2009-2017.state.gov/t/pm/rls/rm/2016/265985.htm", groupKorea},
		{"K6", "Defense One op-ed, July 2022", "https://www.defenseone.com/ideas/2022/07/us-remains-exception-land-mines/374153/", groupKorea},
		{"K7", "Republic of Korea statement to the 18th Meeting of States Parties, 2020 (docslib mirror)", "https://docslib.org/doc/5229515/korea-republic-of", groupKorea},

		// Humanitarian mine action.
		{"H1", "State Dept media note on the 23rd edition of To Walk the Earth in Safety, April 2024 (original URL; read via a gopher mirror)", "https://www.state.gov/to-walk-the-earth-in-safety-new-report-showcases-u-s-global-leadership-in-conventional-weapons-destruction-and-landmine-clearance-3/", groupMineAct},
		{"H2", "To Walk the Earth in Safety 2023 (FY2022), 22nd edition (also: https://commons.lib.jmu.edu/cisr-globalcwd/1562)", "https://issuu.com/cisr-journal/docs/walk-the-earth-2023-online", groupMineAct},
		{"H3", "State Dept fact sheet, 3 Apr 2015 (ReliefWeb)", "https://reliefweb.int/report/world/us-global-leadership-landmine-clearance-and-conventional-weapons-destruction", groupMineAct},
		{"H4", "ShareAmerica, Land mines still cause casualties after wars end", "https://share.america.gov/land-mines-still-cause-casualties-after-wars-end/", groupMineAct},
		{"H5", "To Walk the Earth in Safety FY2022, USAID Leahy War Victims Fund section (JMU CISR)", "https://www.jmu.edu/cisr/_pages/tweis/fy22-tweis-interagency.shtml", groupMineAct},
		{"H6", "Wikipedia, Leahy War Victims Fund (weak source)", "https://en.wikipedia.org/wiki/Leahy_War_Victims_Fund", groupMineAct},

		// Newer facts (docs/SOURCES.md, update of 30 Nov 2026); the N keys
		// are the explorer's own.
		{"N1", "ICBL, Tonga becomes the 166th State Party to the Mine Ban Treaty", "https://icblcmc.org/our-impact/tonga-becomes-the-166th-state-party-to-the-mine-ban-treaty", groupNewer},
		{"N2", "Human Rights Watch via Mirage News: as of 1 December 2025, 166 countries have joined", "https://www.miragenews.com/urgent-call-strengthen-landmine-ban-1580664", groupNewer},
		{"N3", "APMBC, Twenty-Second Meeting of the States Parties, summary (president: Amb. Ichikawa Tomiko, Japan)", "https://www.apminebanconvention.org/en/meetings-of-the-states-parties/22msp/summary", groupNewer},
		{"N4", "Norwegian People's Aid, States Parties affirm Ukraine's suspension not allowed under the Anti-Personnel Mine Ban Convention", "https://www.npaid.org/mine-action-and-disarmament/news/states-parties-affirm-ukraines-suspension-not-allowed-under-the-anti-personnel-mine-ban-convention", groupNewer},
		{"N5", "Anadolu via TRANSCEND, Global mine ban treaty meeting ends with withdrawals by five states", "https://www.transcend.org/tms/2025/12/global-mine-ban-treaty-meeting-ends-with-withdrawals-by-five-states", groupNewer},
		{"N6", "Humanity & Inclusion US, Landmine Monitor 2025: civilian casualties remain alarmingly high", "https://www.hi-us.org/en/civilian-casualties-remain-alarmingly-high-as-use-of-landmines-spreads", groupNewer},
		{"N7", "ICBL condemns reported U.S. policy shift on antipersonnel landmines, Dec 2025", "https://icblcmc.org/our-impact/international-campaign-to-ban-landmines-condemns-reported-u-s-policy-shift-on-antipersonnel-landmines", groupNewer},
		{"N8", "HALO Trust USA, historic funding for humanitarian demining programs (FY2026 appropriations)", "https://www.halousa.org/news/historic-funding-for-humanitarian-demining-programs", groupNewer},
		{"N9", "UNODA, the Convention's French title and short names", "https://disarmament.unoda.org/fr/our-work/conventional-arms/legal-instruments/anti-personnel-landmines-convention", groupNewer},
	}
}

// SourceByKey returns the reference-list entry with the given key, so that
// a citation can be turned into a link.
func SourceByKey(key string) (Source, bool) {
	list, at := sourceIndex()
	if i, ok := at[key]; ok {
		return list[i], true
	}
	return Source{}, false
}

// sourceIndex is the reference list and its index by key, built once:
// pages look sources up many times per render.
var sourceIndex = sync.OnceValues(func() ([]Source, map[string]int) {
	list := sourceList()
	return list, indexBy(list, func(s Source) string { return s.Key })
})

// Sources returns every entry of the reference list, in its order; the
// slice is the caller's own.
func Sources() []Source {
	list, _ := sourceIndex()
	return slices.Clone(list)
}

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
	out := slices.Clone(list)
	for i := range out {
		out[i].Sources = slices.Clone(out[i].Sources)
	}
	return out
}

// timelineIndex is the sorted timeline and its index by id, built once:
// status notes and dated texts look events up on every render.
var timelineIndex = sync.OnceValues(func() ([]Event, map[string]int) {
	list := timelineList()
	return list, indexBy(list, func(e Event) string { return e.ID })
})

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
func EventByID(id string) (Event, bool) {
	list, at := timelineIndex()
	if i, ok := at[id]; ok {
		e := list[i]
		e.Sources = slices.Clone(e.Sources)
		return e, true
	}
	return Event{}, false
}
