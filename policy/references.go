package policy

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
func SourceByKey(key string) (Source, bool) { return lookup(sourceIndex, key) }

// sourceIndex is the reference list and its position by key, built once:
// pages look sources up many times per render.
var sourceIndex = indexOnce(sourceList, func(s Source) string { return s.Key })

// Sources returns every entry of the reference list, in its order; the
// slice is the caller's own.
func Sources() []Source {
	list, _ := sourceIndex()
	return copies(list)
}

func (s Source) copied() Source { return s } // no slices to copy
