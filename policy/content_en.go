package policy

import (
	"regexp"
	"strings"
)

// The English content catalog: every text the explorer shows about the
// policy, keyed by id, apart from the logic and ready for translation.
// Keys:
//
//	question.<q>, hint.<q>           a question and its hint
//	answer.<a>, hint.<a>             an answer's label and hint
//	verdict.<v>, alignment.<al>      labels from docs/RULES.md section 2
//	regime.<r>, regime.<r>.about     a regime's name and what it judges
//	rule.<rule id>                   a rule's explanation, in plain words
//	ld.<id>                          a later development
//	claim.statement                  the claim the app checks
//
// Explanations paraphrase the sources in the project's own words; exact
// words appear only in fs-… citations, which tests check against the
// fact sheet.
var en = map[string]string{
	"question.activity": "What activity are you asking about?",
	"hint.activity":     "Choose what would be done with the mines.",
	"question.device":   "What kind of device is it?",
	"hint.device":       "What sets a device off decides whether it counts as an anti-personnel mine.",
	"question.purpose":  "For what purpose?",
	"hint.purpose":      "Both regimes make exceptions for some purposes.",
	"question.context":  "Does the Korean Peninsula exception come into it?",
	"hint.context":      "The 2022 U.S. policy treats the Korean Peninsula differently. What that means depends on the activity.",

	// The context question means what each clause of the fact sheet says:
	// a place for use, a context for assistance, a purpose for stockpiles
	// (docs/RULES.md, decision log D1).
	"question.context.use":       "Where would the mines be used?",
	"hint.context.use":           "The 2022 policy's commitment on use is about place: the Korean Peninsula itself.",
	"answer.korea.use":           "On the Korean Peninsula",
	"hint.korea.use":             "Laid on the peninsula itself.",
	"answer.elsewhere.use":       "Anywhere else",
	"hint.elsewhere.use":         "Anywhere off the peninsula, even if the aim is to defend the Republic of Korea.",
	"question.context.assist":    "Is the help in the context of the Korean Peninsula?",
	"hint.context.assist":        "The 2022 policy's commitment on helping others applies outside the context of the Korean Peninsula.",
	"answer.korea.assist":        "In the context of the Korean Peninsula",
	"hint.korea.assist":          "Help connected with the situation on the peninsula.",
	"answer.elsewhere.assist":    "Outside that context",
	"hint.elsewhere.assist":      "Help with anything not connected with the Korean Peninsula.",
	"question.context.stockpile": "Are the mines kept for the defense of the Republic of Korea?",
	"hint.context.stockpile":     "The 2022 policy's commitment to destroy stockpiles is about purpose: stocks required for the defense of the Republic of Korea, wherever they are kept. The State Department's statement of the same day names the Korean Peninsula in this clause.",
	"answer.korea.stockpile":     "Yes, required for the defense of the Republic of Korea",
	"hint.korea.stockpile":       "Wherever they are kept: in Korea, in the United States or anywhere else.",
	"answer.elsewhere.stockpile": "No, kept for any other purpose",
	"hint.elsewhere.stockpile":   "Not required for the defense of the Republic of Korea, wherever they are kept.",
	"question.context.destroy":   "Are the stockpiled mines required for the defense of the Republic of Korea?",
	"hint.context.destroy":       "The 2022 policy's commitment to destroy stockpiles is about purpose, wherever the mines are kept. The State Department's statement of the same day names the Korean Peninsula in this clause.",
	"answer.korea.destroy":       "Yes, required for the defense of the Republic of Korea",
	"hint.korea.destroy":         "Wherever they are kept: in Korea, in the United States or anywhere else.",
	"answer.elsewhere.destroy":   "No",
	"hint.elsewhere.destroy":     "Not required for the defense of the Republic of Korea, wherever they are kept.",

	"answer.use":          "Use",
	"hint.use":            "Emplace, lay or otherwise employ mines.",
	"answer.develop":      "Develop",
	"hint.develop":        "Design or research new mines.",
	"answer.produce":      "Produce",
	"hint.produce":        "Manufacture mines.",
	"answer.acquire":      "Acquire",
	"hint.acquire":        "Buy, receive or otherwise obtain mines.",
	"answer.stockpile":    "Stockpile",
	"hint.stockpile":      "Keep or retain a stock of mines.",
	"answer.transfer":     "Transfer",
	"hint.transfer":       "Export or transfer mines to another state or party.",
	"answer.assist":       "Assist others",
	"hint.assist":         "Assist, encourage or induce anyone to do what the Convention prohibits.",
	"answer.destroy":      "Destroy stockpiles",
	"hint.destroy":        "Destroy stockpiled mines.",
	"answer.clear":        "Clear mined areas",
	"hint.clear":          "Detect and clear emplaced mines (humanitarian mine action).",
	"answer.alternatives": "Pursue alternatives",
	"hint.alternatives":   "Research, develop or field alternatives to anti-personnel mines.",
	"answer.apl":          "Anti-personnel mine",
	"hint.apl":            "Exploded by the presence, proximity or contact of a person (victim-activated), factory-made or improvised, including a Claymore-type munition set up with a tripwire.",
	"answer.command":      "Command-detonated munition",
	"hint.command":        "Fired by an operator, such as a Claymore used in command mode.",
	"answer.anti-vehicle": "Anti-vehicle mine",
	"hint.anti-vehicle":   "Designed to be exploded by a vehicle, with or without an anti-handling device.",
	"answer.sensitive-av": "Anti-vehicle mine a person can set off",
	"hint.sensitive-av":   "Fitted with a tripwire, tilt rod or break-wire, or a very sensitive fuze or anti-handling device.",
	"answer.military":     "Military use",
	"hint.military":       "For operational use or to keep ready for use: any purpose other than the two below.",
	"answer.mine-action":  "Mine-action training",
	"hint.mine-action":    "To develop or train in mine detection, clearance or destruction techniques.",
	"answer.destruction":  "Destruction",
	"hint.destruction":    "In order to destroy them.",
	"answer.korea":        "The Korean Peninsula",
	"hint.korea":          "The Korean Peninsula exception: its meaning depends on the activity.",
	"answer.elsewhere":    "Anywhere else",
	"hint.elsewhere":      "Outside the Korean Peninsula exception.",

	"verdict.prohibited":   "Prohibited",
	"verdict.permitted":    "Permitted",
	"verdict.conditional":  "Permitted with conditions",
	"verdict.required":     "Required",
	"verdict.excepted":     "Excepted (Korean Peninsula)",
	"verdict.silent":       "Not addressed",
	"verdict.out-of-scope": "Not covered: not an anti-personnel mine",
	"verdict.contested":    "Contested",

	"verdict.required-own-areas":       "Required in its own mined areas",
	"verdict.required-own-areas.means": "Each member must clear the mined areas it controls; helping other countries is asked only of members able to do so.",
	"verdict.effort":                   "Committed to try",
	"verdict.effort.means":             "A promise to make serious efforts, not a promise of a result.",

	"alignment.aligned":             "Aligned",
	"alignment.us-less-restrictive": "U.S. policy less restrictive",
	"alignment.us-more-restrictive": "U.S. policy more restrictive",
	"alignment.not-addressed":       "Not addressed by U.S. policy",
	"alignment.contested":           "Contested",
	"alignment.conditions-differ":   "Same verdict, different conditions",
	"alignment.us-commits-more":     "U.S. policy commits to more",

	// Conditions a verdict comes with (Rule.Terms), compared when both
	// regimes give the same verdict.
	"term.deadline":             "Deadline",
	"term.quantity":             "How many",
	"term.purpose":              "For what",
	"term.scope":                "Which mines",
	"term.none-stated":          "None stated",
	"term.four-years":           "As soon as possible and no later than four years after the Convention enters into force for the state (Article 4)",
	"term.all-not-for-rok":      "All stockpiles not required for the defense of the Republic of Korea; no exception stated for mines kept for training",
	"term.all-but-retained":     "All stockpiled mines except those kept under Article 3 for training and development",
	"term.detection-or-removal": "When necessary for activities related to mine detection or removal",
	"term.techniques":           "Developing, and training in, mine detection, clearance or destruction techniques (Article 3(1))",
	"term.minimum":              "No more than the minimum number absolutely necessary (Article 3(1))",
	"term.gaps.intro":           "Both give the same verdict, but on different conditions. The gaps can run both ways, so neither is called stricter:",

	"regime.us-2022":       "U.S. policy of {announced}",
	"regime.us-2022.short": "the {year} U.S. policy",
	"regime.us-2022.about": "What the policy announced by the White House on {announced} said the United States would and would not do. It is a past text: see its status.",
	"regime.ottawa":        "Ottawa Convention",
	"regime.ottawa.short":  "the Convention",
	"regime.ottawa.about":  "What a State Party may do under the Mine Ban Treaty, which the United States has not joined: the fact sheet speaks of ultimately acceding to it.",

	"verdict.under": "Under {regime}: {verdict}",

	"status.announced":             "In force",
	"status.superseded":            "Replaced",
	"status.reportedly-superseded": "Reportedly replaced",
	"status.reported":              "Known only from news reports",
	"status-note.us-2022":          "Announced on {announced}. A Defense Department memo dated {to} reportedly reversed it: this is known only from news reports [S]. No replacement policy was found in the sources up to {newest}.",
	"status-note.ottawa":           "In force since {from}. It binds only the states that have joined it; the United States has not.",

	"rule.us-2022/develop":                      "The policy commits the United States not to develop anti-personnel mines.",
	"rule.us-2022/produce":                      "The policy commits the United States not to produce anti-personnel mines.",
	"rule.us-2022/acquire-military":             "The policy commits the United States not to acquire anti-personnel mines.",
	"rule.us-2022/acquire-mine-action":          "Read literally, the policy commits the United States not to acquire anti-personnel mines at all: unlike the clause on transfer, this clause states no exception for mine detection or clearance work. Another reading: the transfer exception for mine detection or removal suggests that some mines for that work were meant to be allowed. The fact sheet does not say; the explorer reads every clause literally and shows this other reading beside it.",
	"rule.us-2022/acquire-destruction":          "The policy commits the United States not to acquire anti-personnel mines, and states no exception for acquiring them in order to destroy them.",
	"rule.us-2022/stockpile-military-elsewhere": "The policy commits the United States to destroy all its stockpiles of anti-personnel mines that are not required for the defense of the Republic of Korea, wherever they are kept, so such a stock was to be destroyed. It sets no deadline.",
	"rule.us-2022/stockpile-military-korea":     "Stockpiles required for the defense of the Republic of Korea, wherever they are kept, are left out of the commitment to destroy stockpiles. The fact sheet says the United States is not changing its policy on the Korean Peninsula at this time.",
	"rule.us-2022/stockpile-mine-action":        "The fact sheet does not mention keeping mines for training. Read literally, its commitment to destroy all stockpiles not required for the defense of the Republic of Korea covers a training stock too, so such a stock was to be destroyed. Another reading: the exception for transfers related to mine detection or removal presumes that the United States holds some mines for that work. The fact sheet does not settle it; the explorer reads every clause literally and shows this other reading beside it.",
	"rule.us-2022/stockpile-destruction":        "Holding mines until they are destroyed fits the commitment to destroy stockpiles. The fact sheet sets no deadline for the destruction.",
	"rule.us-2022/transfer-military":            "The policy commits the United States not to export or transfer anti-personnel mines. Its only exceptions are activities related to mine detection or removal, and destruction; there is no exception for the Korean Peninsula.",
	"rule.us-2022/transfer-mine-action":         "Transfer is allowed only when necessary for activities related to mine detection or removal. The fact sheet sets no limit on how many mines.",
	"rule.us-2022/transfer-destruction":         "Transfer for the purpose of destruction is one of the two exceptions the policy states.",
	"rule.us-2022/use-elsewhere":                "The policy commits the United States not to use anti-personnel mines outside the Korean Peninsula.",
	"rule.us-2022/use-korea":                    "The commitment not to use anti-personnel mines applies only outside the Korean Peninsula. The fact sheet says the situation there and the U.S. commitment to the defense of the Republic of Korea stop the United States from changing its policy on the peninsula at this time.",
	"rule.us-2022/assist-elsewhere":             "The policy commits the United States not to assist, encourage or induce anyone, outside the context of the Korean Peninsula, to do anything the Ottawa Convention prohibits.",
	"rule.us-2022/assist-korea":                 "The commitment not to assist, encourage or induce applies only outside the context of the Korean Peninsula.",
	"rule.us-2022/destroy-elsewhere":            "The policy commits the United States to destroy all stockpiles of anti-personnel mines that are not required for the defense of the Republic of Korea, wherever they are kept. It sets no deadline.",
	"rule.us-2022/destroy-korea":                "Stockpiles required for the defense of the Republic of Korea, wherever they are kept, are left out of the commitment to destroy: destroying them was allowed but not required.",
	"rule.us-2022/command":                      "Every commitment of the policy is about anti-personnel mines, and the fact sheet does not define them: this verdict applies the Convention's definition (Article 2(1)) to U.S. policy. A munition that an operator fires (command-detonated), such as a Claymore in command mode, is not designed to be set off by its victim, so it is not an anti-personnel mine in that sense. Other law still applies, including Amended Protocol II of the Convention on Certain Conventional Weapons, to which the United States is a party. A Claymore-type munition set up with a tripwire is victim-activated: choose Anti-personnel mine for that.",
	"rule.us-2022/anti-vehicle":                 "Every commitment of the policy is about anti-personnel mines, and the fact sheet does not define them: this verdict applies the Convention's definition (Article 2) to U.S. policy. A mine designed to be set off by a vehicle is not an anti-personnel mine, even with an anti-handling device. Other law still applies, including Amended Protocol II of the Convention on Certain Conventional Weapons, to which the United States is a party.",
	"rule.us-2022/sensitive-av":                 "Whether an anti-vehicle mine that a person can set off counts as an anti-personnel mine is disputed, and the fact sheet does not say. Both readings are shown.",
	"rule.us-2022/clear":                        "The policy makes no commitment about clearing mines. The fact sheet describes the United States as the largest financial supporter of humanitarian mine action in the world: a description of what it does, not a promise.",
	"rule.us-2022/alternatives":                 "The policy commits the United States to make diligent efforts to find equipment and ways of operating that would let it comply with, and in the end join, the Convention: a duty to try, not a promise of a result.",

	"rule.ottawa/develop":               "A State Party undertakes never to develop anti-personnel mines (Article 1(1)(b)).",
	"rule.ottawa/produce":               "A State Party undertakes never to produce anti-personnel mines (Article 1(1)(b)).",
	"rule.ottawa/acquire-military":      "A State Party undertakes never to acquire anti-personnel mines (Article 1(1)(b)); the only exceptions are those of Article 3.",
	"rule.ottawa/acquire-mine-action":   "Article 3(1) allows a State Party to retain or transfer mines for developing, and training in, mine detection, clearance or destruction techniques, up to the minimum number absolutely necessary for those purposes.",
	"rule.ottawa/acquire-destruction":   "Article 3(2) permits the transfer of anti-personnel mines for the purpose of destruction.",
	"rule.ottawa/stockpile-military":    "A State Party undertakes never to stockpile or retain anti-personnel mines (Article 1(1)(b)), and must destroy its stockpiles as soon as possible and no later than 4 years after the Convention enters into force for it (Article 4). No region is excepted.",
	"rule.ottawa/stockpile-mine-action": "Article 3(1) allows a State Party to retain mines for developing, and training in, mine detection, clearance or destruction techniques, up to the minimum number absolutely necessary for those purposes.",
	"rule.ottawa/stockpile-destruction": "Stockpiles must be destroyed as soon as possible and no later than 4 years after the Convention enters into force for the State Party (Article 4); mines may be held only until then.",
	"rule.ottawa/transfer-military":     "A State Party undertakes never to transfer anti-personnel mines to anyone, directly or indirectly (Article 1(1)(b)). Transfer means moving mines into or out of national territory together with the transfer of title and control (Article 2(4)).",
	"rule.ottawa/transfer-mine-action":  "Article 3(1) allows a State Party to transfer mines for developing, and training in, mine detection, clearance or destruction techniques, up to the minimum number absolutely necessary for those purposes.",
	"rule.ottawa/transfer-destruction":  "Article 3(2) permits the transfer of anti-personnel mines for the purpose of destruction.",
	"rule.ottawa/use":                   "A State Party undertakes never, under any circumstances, to use anti-personnel mines (Article 1(1)(a)). No region is excepted.",
	"rule.ottawa/assist":                "A State Party undertakes never to assist, encourage or induce anyone in any way to do anything the Convention prohibits to a State Party (Article 1(1)(c)).",
	"rule.ottawa/destroy":               "Each State Party must destroy, or ensure the destruction of, all anti-personnel mines (Article 1(2)); stockpiles as soon as possible and no later than 4 years after the Convention enters into force for it (Article 4).",
	"rule.ottawa/command":               "The Convention defines an anti-personnel mine by its design: a mine exploded by the presence, proximity or contact of a person (Article 2(1)). The words command-detonated do not appear in it; secondary sources read the definition as leaving out munitions that an operator fires. Other law still applies, such as Amended Protocol II of the Convention on Certain Conventional Weapons for its parties. A Claymore-type munition set up with a tripwire is victim-activated, and so an anti-personnel mine.",
	"rule.ottawa/anti-vehicle":          "A mine designed to be set off by a vehicle rather than a person is not an anti-personnel mine merely because it has an anti-handling device (Article 2(1), with Articles 2(2) and 2(3)). Amended Protocol II of the Convention on Certain Conventional Weapons regulates such mines for its parties.",
	"rule.ottawa/sensitive-av":          "The ICBL, the ICRC and many States Parties hold that a mine which a person can set off by an unintentional or innocent act is an anti-personnel mine, whatever its label; a few States Parties contest this. Both readings are shown.",
	"rule.ottawa/clear":                 "Each State Party must destroy the mines in mined areas under its jurisdiction or control, no later than 10 years after the Convention enters into force for it, with possible extensions (Article 5). Helping other countries clear their land is asked only of States Parties in a position to do so (Article 6): clearance abroad is not a flat duty.",
	"rule.ottawa/alternatives":          "A device that is not designed to be exploded by a person is outside the Convention's definition of an anti-personnel mine (Article 2(1)), so researching, developing or fielding such alternatives is not prohibited.",

	"excepted.prior": "Where it excepts the Korean Peninsula, the 2022 policy changed nothing: the rules in force there before it stayed. Those were the rules of the policy of {prior}, known from news reports [S]: the Defense Department was to employ only non-persistent mines, designed to self-destruct within 30 days or less with a backup self-deactivation feature, and combatant commanders could authorise their use in exceptional circumstances.",

	"reading.if-apl":       "If it is treated as an anti-personnel mine",
	"reading.if-apl.about": "The view of the ICBL and the ICRC, held by many States Parties.",
	"reading.if-not":       "If not",
	"reading.if-not.about": "The view of a few States Parties.",

	"ld.ld-ukraine-2024":           "The United States announced it would provide non-persistent anti-personnel mines to Ukraine [S].",
	"ld.ld-ukraine-2024.inference": "That this conflicts with the 2022 commitment not to transfer them is an inference: no source states it [D]. No document formally amending the 2022 policy at that time was found (unverified).",
	"ld.ld-reversal-2025":          "A Defense Department memo reportedly reverses the 2022 policy and orders a review, with a new policy within 90 days. This is known only from news reports; what the final policy says is unverified.",
	"ld.ld-withdrawals-2025":       "Withdrawals from the Convention took effect for Estonia, Latvia and Lithuania, then Finland, then Poland, under Article 20 (dates in the timeline). Ukraine announced a suspension of its obligations; the Twenty-Second Meeting of the States Parties stated that the Convention does not allow suspension and that Ukraine remains bound [S].",

	"parties.count":       "{n} from {from}",
	"parties.rule":        "Counted by entry into force: a state counts from the day the Convention enters into force for it, and stops counting when its withdrawal takes effect. Counts of ratifications or accessions deposited run ahead: the count of {withtonga} that Human Rights Watch gave soon after already included Tonga, which deposited its accession on {deposit}.",
	"parties.note.161":    "No source states this number: it is the earlier count less the five withdrawals, and it still counts Ukraine, whose announced suspension is disputed.",
	"cite-note.fs-align":  "Since {since}, the words about all NATO Allies no longer hold: withdrawals by NATO members took effect that day (Estonia, Latvia, Lithuania), then for Finland and Poland. The fact sheet's more than {claimed} parties still holds, at {n} by the explorer's count.",
	"figure.later.fs-aid": "By {asof}: {amount} since the program began, according to the State Department's annual report.",
	"figure.as-of":        "As stated on {date}",

	"facts.since":     "Since then:",
	"facts.sources":   "Sources:",
	"facts.source":    "Source:",
	"facts.condition": "Condition",

	"status.as-of": "This explorer describes the U.S. policy as announced on {announced}, which is reportedly no longer in force, and the Convention as in force.",

	"claim.statement":     "Outside the Korean Peninsula, the 2022 policy is never less restrictive than the Convention.",
	"claim.finding.holds": "Outside the Korean Peninsula the explorer compares {considered} cases that at least one of the two texts covers. The 2022 policy is never less restrictive than the Convention. It gives the same verdict on the same conditions in only {aligned} of {considered}; the same verdict on different conditions in {differ}; a stricter verdict in {stricter}; commits to more in {more}; and does not address {silent}. So it never allowed what the Convention forbids, but it matched the Convention fully in fewer than half of the cases. Left out: {notcovered} cases about devices that neither text covers, and {contested} contested ones.",
	"claim.finding.fails": "Outside the Korean Peninsula the explorer compares {considered} cases that at least one of the two texts covers. In {less} of them the 2022 policy is less restrictive than the Convention, so the claim does not hold as worded: its exception for stocks is about purpose (the defense of the Republic of Korea), not place, so it reaches stocks kept outside the peninsula. Otherwise it gives the same verdict on the same conditions in {aligned}; the same verdict on different conditions in {differ}; a stricter verdict in {stricter}; commits to more in {more}; and does not address {silent}. Left out: {notcovered} cases about devices that neither text covers, and {contested} contested ones.",
	"claim.source":        "The fact sheet says the policy aligns U.S. policy outside the Korean Peninsula with the key requirements of the Convention.",

	// Real cases (/cases, policy/cases.go): case.<id>.title and one text
	// per claim, case.<id>.<claim>, each paraphrasing its own sources;
	// {date} is the case's date and the other placeholders the dates of
	// the timeline events the case names.
	"case.korea-exception.title":              "The Korean Peninsula exception",
	"case.korea-exception.what":               "The policy of {date} committed the United States not to use anti-personnel mines outside the Korean Peninsula. On the peninsula itself it changed nothing: the fact sheet says the situation there and the U.S. commitment to defend the Republic of Korea kept the United States from changing its policy there at that time.",
	"case.korea-exception.earlier":            "The same exception was already in the policy of {obama}: no use, and no help to others, outside the Korean Peninsula.",
	"case.korea-exception.wording":            "A Defense One opinion piece says the wording of the exception repeats the Obama administration's word for word.",
	"case.stockpile-removal-2022.title":       "Excess mines taken out of U.S. stocks",
	"case.stockpile-removal-2022.what":        "A National Security Council statement of {date} said that excess anti-personnel mines were being removed from U.S. inventories to be demilitarised, on timelines that can be checked, and that alternatives to these mines were being pursued.",
	"case.stockpile-removal-2022.bears":       "This is the kind of step the 2022 commitment to destroy stockpiles not required for the defense of the Republic of Korea called for. That the mines removed are those stocks is the explorer's reading: the statement, as the explorer holds it, does not say which mines count as excess.",
	"case.ukraine-apl-2024.title":             "The United States to provide anti-personnel mines to Ukraine",
	"case.ukraine-apl-2024.what":              "On {date}, Defense Secretary Austin announced that the United States would provide Ukraine with non-persistent anti-personnel mines. An official speaking on background said they run on batteries and become inert after about four hours to two weeks. The United States sought Ukraine's commitment to use them on its own territory and not where Ukrainian civilians live.",
	"case.ukraine-apl-2024.hrw":               "Ukraine was then a State Party to the Convention, and Human Rights Watch said that Ukrainian use of these mines would break it.",
	"case.ukraine-apl-2024.bears":             "The 2022 policy committed the United States not to export or transfer anti-personnel mines, except for mine detection or removal and for destruction. That this announcement conflicts with that commitment is an inference: no source states it.",
	"case.ukraine-apl-2024.amended":           "No document formally changing the 2022 policy at that time was found.",
	"case.ukraine-suspension-2025.title":      "Ukraine says it is suspending the Convention",
	"case.ukraine-suspension-2025.what":       "After a presidential decree and a law, Ukraine told the UN in {date} that it was suspending the operation of the Convention, citing a fundamental change of circumstances (a rule of the Vienna Convention on the Law of Treaties). Sources differ on the exact day of its notice, and on whether its law speaks of withdrawal or of suspension.",
	"case.ukraine-suspension-2025.critics":    "Human Rights Watch, the ICBL and a Harvard clinic argue that suspension is unlawful, because the Convention is built to apply in armed conflict.",
	"case.ukraine-suspension-2025.article":    "Under Article 20(3), even a withdrawal cannot take effect while the state is engaged in an armed conflict.",
	"case.ukraine-suspension-2025.msp":        "The Twenty-Second Meeting of the States Parties, which opened in Geneva on {msp}, stated that the Convention does not allow suspension and that Ukraine remains bound, according to Norwegian People's Aid, which quotes the meeting's final report. Norway, Belgium, Austria, Switzerland, New Zealand and Colombia lodged formal objections, per the same source.",
	"case.ukraine-suspension-2025.depositary": "Whether the UN, as depositary, still lists Ukraine as a State Party is not known: no source was found.",
	"case.withdrawals-2025.title":             "Five States Parties leave the Convention",
	"case.withdrawals-2025.what":              "The UN received the withdrawal instruments of Estonia, Latvia and Lithuania on {baltic-notice}, Finland's on {finland-notice} and Poland's on {poland-notice}. Each withdrawal took effect six months later: for Estonia, Latvia and Lithuania on {date}, for Finland on {finland} and for Poland on {poland}.",
	"case.withdrawals-2025.article":           "Under Article 20, a withdrawal takes effect six months after the UN receives it. From that day the Convention no longer binds the state, though its other duties under international law remain.",
	"case.withdrawals-2025.nato":              "So the fact sheet's words that the Convention's parties include all NATO Allies stopped being true on {date}: all five are NATO members.",

	"cases.title":        "Real cases",
	"cases.lead":         "Real events that put the rules to the test. Each says what happened in our own words, with its sources and what kind of evidence each statement rests on, and links to the answer it bears on as of that day.",
	"cases.card":         "Real events, such as the mines announced for Ukraine and the withdrawals from the Convention, set against the rules in force that day.",
	"cases.bears":        "The answer it bears on",
	"cases.link.us":      "What {regime} said, as of {date}: {asked}",
	"cases.link.ottawa":  "What the Convention says, as of {date}: {asked}",
	"cases.link.history": "See it on the timeline of U.S. policy and the Convention",
	"cases.quote":        "Quoted:",

	"history.title":       "U.S. policy through time",
	"history.lead":        "The explorer models {n} U.S. policies on anti-personnel mines since {first}, each replacing the one before; the last is known only from news reports. The Ottawa Convention's rules stayed the same. Here they are on one timeline, then side by side for every question the explorer asks.",
	"history.card":        "Every U.S. policy since the first one the explorer models, on a timeline with the Convention, and what each said about every question.",
	"history.timeline":    "Timeline",
	"history.desc":        "U.S. policies as bands from {first}, and the Convention's milestones from {adopted}. Spacing follows the dates, stretched where events crowd together. The list after the drawing gives the same facts in words.",
	"history.words":       "The same in words",
	"history.us-lane":     "U.S. policy",
	"history.ottawa-lane": "Convention",
	"history.band":        "{name}: {from} to {to}. {status}.",
	"history.band.open":   "{name}: from {from}. {status}.",
	"history.matrix":      "What each policy said, question by question",
	"history.matrix.lead": "Rows are the wizard's answers for anti-personnel mines; columns are the periods in which the U.S. rules stayed the same, and the Convention. Each cell links to that answer as of the period. A cell marked Changed differs from the one before it. Where a policy treated persistent and non-persistent mines differently, both are shown.",
	// history.mark.<event id>: the short label of a Convention milestone
	// in the timeline drawing; an event with one is drawn.
	"history.mark.ev-1997-convention-adopted":           "Adopted in Oslo",
	"history.mark.ev-1999-entry-into-force":             "Enters into force",
	"history.mark.ev-2025-ukraine-suspension":           "Ukraine announces a suspension (disputed)",
	"history.mark.ev-2025-baltic-withdrawals-effective": "Estonia, Latvia and Lithuania leave",
	"history.mark.ev-2026-finland-withdrawal-effective": "Finland leaves",
	"history.mark.ev-2026-poland-withdrawal-effective":  "Poland leaves",
	"history.changed":              "Changed",
	"history.open":                 "Depends on answers not given",
	"history.split.persistent":     "Persistent",
	"history.split.non-persistent": "Non-persistent",
	"history.period":               "{from} to {to}",
	"history.period.open":          "From {from}",

	// fold.same: devices for which every answer is the same, whatever
	// else is asked (Explore and History fold them into this line).
	"fold.same":     "For {devices}, the answer is the same whatever the activity: {verdicts}.",
	"fold.same.all": "For {devices}, every policy and the Convention give the same answer whatever the activity: {verdicts}.",
	"fold.see":      "Each outcome:",

	// Time (issue 11): the U.S. policies before and after 2022.
	"question.persistence":             "Does the mine destroy or disable itself after a set time?",
	"hint.persistence":                 "Some U.S. policies treated persistent mines, which stay dangerous until cleared, differently from mines that self-destruct or self-deactivate.",
	"answer.persistent":                "No: it stays active (persistent)",
	"hint.persistent":                  "It stays dangerous until it is cleared.",
	"answer.non-persistent":            "Yes: it self-destructs or self-deactivates (non-persistent)",
	"hint.non-persistent":              "Designed to blow itself up, or to stop working (for example when its battery runs down), after a set time.",
	"doing.persistence.persistent":     "persistent",
	"doing.persistence.non-persistent": "self-destructing or self-deactivating",

	"verdict.unknown":       "Not known",
	"verdict.unknown.means": "The policy's text is not available, and the reports the explorer holds say nothing on this.",
	"verdict.reported":      "{verdict} (reported)",
	"alignment.unknown":     "Cannot compare: the U.S. text is not available",
	"term.begin-two-years":  "Destruction to begin within two years",
	"term.end-2010":         "None of any kind anywhere after {persistent-end}",

	"ruling.deferred": "{regime} left this unchanged, so the rules of {earlier} still applied:",
	"ruling.keeps":    "Where it made this exception, {regime} changed nothing: the rules of {earlier} continued to apply. Under them:",
	"ruling.depends":  "It depends on whether the mine is persistent:",
	"history.depends": "Depends on an answer not given",

	"regime.us-2004":       "U.S. policy of {announced}",
	"regime.us-2004.short": "the {year} U.S. policy",
	"regime.us-2004.about": "The policy announced by the State Department and the White House on {announced}: it ended persistent mines and kept mines that self-destruct or self-deactivate. The explorer holds summaries of it, not its words.",
	"regime.us-2014":       "U.S. policy of {announced}",
	"regime.us-2014.short": "the {year} U.S. policy",
	"regime.us-2014.about": "The policy announced in two steps from {announced}: no production or acquisition, then no use or help to others outside the Korean Peninsula. The explorer holds summaries of it, not its words.",
	"regime.us-2020":       "U.S. policy of {announced}",
	"regime.us-2020.short": "the {year} U.S. policy",
	"regime.us-2020.about": "The policy of {announced}, known to the explorer from news reports and a later State Department description: only mines that self-destruct or self-deactivate, usable in exceptional circumstances.",
	"regime.us-2025":       "Defense Department memo of {announced} (reported)",
	"regime.us-2025.short": "the reported {year} memo",
	"regime.us-2025.about": "A memo known only from news reports: it reportedly reverses the 2022 policy and orders a review. Its text was not found.",

	"status-note.us-2004": "Announced on {announced}. Replaced in two steps by the next policy: from {next} for production and acquisition, from {sept} for use, help to others and stockpiles.",
	"status-note.us-2014": "Announced on {announced}, completed on {sept}. Cancelled by the White House when the next policy was announced on {next} [S].",
	"status-note.us-2020": "Announced on {announced}, known from news reports [S]. Replaced by the policy of {next}.",
	"status-note.us-2025": "Dated {announced} and known only from news reports [S]: its text was not found. It ordered a review with a new policy within 90 days; no new policy was found in the sources up to {newest}.",

	"plain.us.prohibited":   "{regime} ruled out {doing}",
	"plain.us.permitted":    "{regime} allowed {doing}",
	"plain.us.conditional":  "{regime} allowed {doing} only under conditions",
	"plain.us.required":     "{regime} committed the United States to {doing}",
	"plain.us.excepted":     "{regime} left {doing} out of its commitments",
	"plain.us.silent":       "{regime} did not address {doing}",
	"plain.us.unknown":      "what {regime} says about {doing} is not known",
	"plain.us.out-of-scope": "{regime} did not cover {doing}",
	"plain.us.contested":    "whether {regime} covered {doing} is disputed",

	"rule.us/command":      "Every commitment of the policy is about anti-personnel mines: this verdict applies the Convention's definition (Article 2(1)). A munition that an operator fires, such as a Claymore in command mode, is not designed to be set off by its victim, so it is not an anti-personnel mine in that sense. Other law still applies, including Amended Protocol II of the Convention on Certain Conventional Weapons, to which the United States is a party.",
	"rule.us/anti-vehicle": "Every commitment of the policy the explorer models is about anti-personnel mines: this verdict applies the Convention's definition (Article 2). A mine designed to be set off by a vehicle is not an anti-personnel mine, even with an anti-handling device.",
	"rule.us/sensitive-av": "Whether an anti-vehicle mine that a person can set off counts as an anti-personnel mine is disputed, and the policy does not say. Both readings are shown.",

	"rule.us-2004/anti-vehicle":                     "The 2004 policy also set rules for persistent anti-vehicle mines (removal from the arsenal, and until its end date use outside Korea only with the President's authorisation). The explorer does not model anti-vehicle mines: it is about anti-personnel mines, as defined by the Convention (Article 2).",
	"rule.us-2004/develop-non-persistent":           "The 2004 policy said the United States would keep developing non-persistent mines, which self-destruct or self-deactivate.",
	"rule.us-2004/develop-persistent":               "The 2004 policy removed persistent mines from the arsenal, but the summaries of it that the explorer holds say nothing about developing them.",
	"rule.us-2004/make-non-persistent":              "The summaries of the 2004 policy that the explorer holds say it kept developing non-persistent mines; they say nothing about producing or acquiring them.",
	"rule.us-2004/make-persistent-to-2010":          "The 2004 policy said the United States would have no persistent mines of any kind anywhere after {persistent-end}. Until then, the summaries the explorer holds say nothing about producing or acquiring them.",
	"rule.us-2004/persistent-after-2010":            "The 2004 policy said the United States would have no persistent mines of any kind anywhere after {persistent-end}: read literally, none could be used, made, bought or kept.",
	"rule.us-2004/use-non-persistent":               "The 2004 policy kept mines that self-destruct or self-deactivate. Human Rights Watch read it as allowing their use anywhere, with no end date [S]. Its rule that non-detectable mines go within a year is not modelled.",
	"rule.us-2004/use-persistent-to-2010":           "The 2004 policy set an end date for persistent mines (none of any kind anywhere after {persistent-end}), and the White House said the persistent anti-personnel mines still held were kept only for the defense of the Republic of Korea. The summaries the explorer holds state no rule on their use before that date.",
	"rule.us-2004/stockpile-non-persistent":         "The 2004 policy removed only persistent mines from the arsenal: mines that self-destruct or self-deactivate stayed.",
	"rule.us-2004/stockpile-persistent-korea":       "Persistent anti-personnel mines were kept only to meet U.S. commitments to the defense of the Republic of Korea, and only until {persistent-end}.",
	"rule.us-2004/stockpile-persistent-other":       "Persistent mines not needed for Korea were to be destroyed, the destruction to begin within two years.",
	"rule.us-2004/stockpile-persistent-training":    "Persistent mines not needed for Korea were to be destroyed, the destruction to begin within two years. The summaries say nothing about keeping some for training; read literally, a training stock was not needed for Korea.",
	"rule.us-2004/stockpile-persistent-destruction": "Holding persistent mines until they are destroyed fits the policy: their destruction was to begin within two years.",
	"rule.us-2004/destroy-non-persistent":           "The 2004 policy required the destruction of persistent mines only: destroying mines that self-destruct or self-deactivate was allowed but not required.",
	"rule.us-2004/destroy-persistent-other":         "Persistent mines not needed for Korea were to be destroyed, the destruction to begin within two years.",
	"rule.us-2004/destroy-persistent-korea":         "Persistent mines kept for the defense of the Republic of Korea did not have to be destroyed before {persistent-end}.",
	"rule.us-2004/destroy-persistent-after-2010":    "The 2004 policy said the United States would have no persistent mines of any kind anywhere after {persistent-end}, so any left had to go.",
	"rule.us-2004/transfer":                         "The 2004 policy sought a worldwide ban on selling or exporting persistent mines; the summaries say nothing of its own rule on transfers. U.S. law had barred anti-personnel mine exports under an export moratorium, extended since [S]; the explorer does not model laws, only policies.",
	"rule.us-2004/assist":                           "The summaries of the 2004 policy that the explorer holds say nothing about helping others to use or hold mines.",
	"rule.us-2004/clear":                            "The summaries of the 2004 policy that the explorer holds make no commitment about clearing mined areas.",
	"rule.us-2004/alternatives":                     "The 2004 policy said the United States would not join the Convention; the summaries the explorer holds make no commitment about alternatives to anti-personnel mines.",

	"rule.us-2014/produce":                      "On the first step of the 2014 policy, the United States said it would not produce anti-personnel mines in future, even to replace stocks as they expire.",
	"rule.us-2014/acquire":                      "On the first step of the 2014 policy, the United States said it would not otherwise acquire anti-personnel mines in future, even to replace stocks as they expire.",
	"rule.us-2014/use-elsewhere":                "The second step of the 2014 policy committed the United States not to use anti-personnel mines outside the Korean Peninsula.",
	"rule.us-2014/use-korea":                    "The commitment not to use anti-personnel mines applied only outside the Korean Peninsula; the State Department called the protection of the Republic of Korea a paramount concern [S].",
	"rule.us-2014/assist-elsewhere":             "The second step of the 2014 policy committed the United States not to assist, encourage or induce anyone, outside the Korean Peninsula, to do what the Convention prohibits.",
	"rule.us-2014/assist-korea":                 "The commitment not to assist, encourage or induce applied only outside the Korean Peninsula.",
	"rule.us-2014/stockpile-military-elsewhere": "The second step of the 2014 policy committed the United States to destroy the stockpiles not required for the defense of the Republic of Korea. No deadline is given in the summaries.",
	"rule.us-2014/stockpile-military-korea":     "Stockpiles required for the defense of the Republic of Korea were left out of the commitment to destroy.",
	"rule.us-2014/stockpile-mine-action":        "Read literally, the commitment to destroy the stockpiles not required for the defense of the Republic of Korea covers a training stock too; the summaries say nothing about training.",
	"rule.us-2014/stockpile-destruction":        "Holding mines until they are destroyed fits the commitment to destroy stockpiles; no deadline is given in the summaries.",
	"rule.us-2014/destroy-elsewhere":            "The second step of the 2014 policy committed the United States to destroy the stockpiles not required for the defense of the Republic of Korea.",
	"rule.us-2014/destroy-korea":                "Stockpiles required for the defense of the Republic of Korea were left out of the commitment to destroy: destroying them was allowed but not required.",

	"rule.us-2020/use-persistent":      "Under the 2020 policy the Defense Department would employ only non-persistent mines, so persistent ones were ruled out [S].",
	"rule.us-2020/use-korea":           "Under the 2020 policy, combatant commanders could authorise the use of advanced non-persistent mines in exceptional circumstances [S]. A later State Department statement described it as allowing use worldwide under their authority.",
	"rule.us-2020/use-elsewhere":       "Under the 2020 policy, combatant commanders could authorise the use of advanced non-persistent mines in exceptional circumstances, anywhere; the German agency dpa reported that plans to use them outside Korea needed the Defense Secretary's approval [S].",
	"rule.us-2020/make-persistent":     "Under the 2020 policy the Defense Department would develop, produce or acquire only non-persistent mines [S].",
	"rule.us-2020/make-non-persistent": "Under the 2020 policy the Defense Department could develop, produce or acquire non-persistent mines: designed to self-destruct within 30 days or less, with a backup self-deactivation feature [S].",
	"rule.us-2020/not-reported":        "The reports of the 2020 policy that the explorer holds say nothing on this, and the explorer holds no text of the policy. It cancelled the 2014 policy, so its commitments no longer applied.",
	"rule.us-2020/clear":               "The reports of the 2020 policy that the explorer holds say nothing on this, and the explorer holds no text of the policy.",

	"rule.us-2025/use":    "The memo's text was not found. News reports say its aims include lifting geographic limits and giving combatant commanders authority to use anti-personnel mines, and that until a new policy, remotely delivered mines may be used only if they self-destruct and self-deactivate as required [S]. The explorer does not ask how a mine is delivered, and no final policy was found: the answer is not known.",
	"rule.us-2025/stocks": "The memo's text was not found. News reports say one of its aims is to destroy only mines that are inoperable or unsafe [S]: an aim of the review it ordered, not a rule found in force.",
	"rule.us-2025/other":  "The memo's text was not found, and the news reports the explorer holds say nothing on this [S].",
	"rule.us-2025/clear":  "The memo's text was not found, and the news reports the explorer holds say nothing on this [S].",

	// Plain answers (issue 15).
	// verdict.<v>.means: what a verdict label means, in one plain sentence.
	"verdict.prohibited.means":   "The text rules this out.",
	"verdict.permitted.means":    "The text allows this.",
	"verdict.conditional.means":  "The text allows this only under the conditions explained below.",
	"verdict.required.means":     "The text says this must be done.",
	"verdict.excepted.means":     "The text makes an exception for this case: its commitments do not apply to it.",
	"verdict.silent.means":       "The text says nothing either way about this.",
	"verdict.out-of-scope.means": "The text is about anti-personnel mines only, and by the Convention's definition this device is not one.",
	"verdict.contested.means":    "Experts disagree on whether this device is an anti-personnel mine; both readings are shown below.",
	// plain.<regime>.<verdict>: one clause of an outcome's heading. {regime}
	// is the regime's short name, {doing} what was asked in words (or "it"
	// after the first clause). The 2022 policy is a past text: past tense.
	"plain.us-2022.prohibited":        "{regime} ruled out {doing}",
	"plain.us-2022.permitted":         "{regime} allowed {doing}",
	"plain.us-2022.conditional":       "{regime} allowed {doing} only under conditions",
	"plain.us-2022.required":          "{regime} committed the United States to {doing}",
	"plain.us-2022.excepted":          "{regime} left {doing} out of its commitments",
	"plain.us-2022.silent":            "{regime} did not address {doing}",
	"plain.us-2022.out-of-scope":      "{regime} did not cover {doing}",
	"plain.us-2022.contested":         "whether {regime} covered {doing} is disputed",
	"plain.ottawa.prohibited":         "{regime} bans {doing}",
	"plain.ottawa.permitted":          "{regime} allows {doing}",
	"plain.ottawa.conditional":        "{regime} allows {doing} only under conditions",
	"plain.ottawa.required":           "{regime} requires {doing}",
	"plain.ottawa.excepted":           "{regime} leaves {doing} out of its obligations",
	"plain.ottawa.silent":             "{regime} does not address {doing}",
	"plain.ottawa.out-of-scope":       "{regime} does not cover {doing}",
	"plain.ottawa.contested":          "whether {regime} covers {doing} is disputed",
	"plain.us-2022.effort":            "{regime} committed the United States to serious efforts at {doing}",
	"plain.ottawa.required-own-areas": "{regime} requires it in the areas a member controls, and asks members able to do so to help others",
	"plain.fallback":                  "under {regime}, {doing}: {verdict}",
	"plain.it":                        "it",
	// plain.both.<verdict>: the heading when every regime gives that verdict.
	"plain.both.contested": "It is disputed whether {first} covered, and {second} covers, {doing}",
	// doing.<activity>: the activity in words, with {device}, then the
	// purpose and the place (doing.context.<activity>.<answer>, else
	// doing.context.<answer>).
	"doing.use":                         "using {device}",
	"doing.develop":                     "developing {device}",
	"doing.produce":                     "producing {device}",
	"doing.acquire":                     "acquiring {device}",
	"doing.stockpile":                   "keeping a stock of {device}",
	"doing.transfer":                    "transferring {device} to others",
	"doing.assist":                      "helping or encouraging others to do what the Convention bans with {device}",
	"doing.destroy":                     "destroying stocks of {device}",
	"doing.clear":                       "clearing mined areas",
	"doing.alternatives":                "working on alternatives to anti-personnel mines",
	"doing.device.apl":                  "anti-personnel mines",
	"doing.device.command":              "command-detonated munitions",
	"doing.device.anti-vehicle":         "anti-vehicle mines",
	"doing.device.sensitive-av":         "anti-vehicle mines that a person can set off",
	"doing.purpose.military":            "for military use",
	"doing.purpose.mine-action":         "for mine-action training",
	"doing.purpose.destruction":         "in order to destroy them",
	"doing.context.korea":               "on the Korean Peninsula",
	"doing.context.elsewhere":           "outside the Korean Peninsula",
	"doing.context.assist.korea":        "in the context of the Korean Peninsula",
	"doing.context.assist.elsewhere":    "outside the context of the Korean Peninsula",
	"doing.context.stockpile.korea":     "to defend the Republic of Korea",
	"doing.context.stockpile.elsewhere": "not needed to defend the Republic of Korea",
	"doing.context.destroy.korea":       "needed to defend the Republic of Korea",
	"doing.context.destroy.elsewhere":   "not needed to defend the Republic of Korea",
	"status.of":                         "Status of {regime}",
	"status.footer":                     "{name}: {status}.",
	"outcome.asked":                     "You asked about",
	"outcome.compare":                   "How the two compare",
	"outcome.why":                       "Why",
	"outcome.dispute":                   "Why the answer is disputed",
	"outcome.readings":                  "The two readings side by side",
	"outcome.change":                    "What would change this answer",
	"outcome.full":                      "See the full answer, with the reasons and sources",
	"outcome.since":                     "This outcome describes {regime} as announced on {announced}. Later developments that touch these rules:",
	"plain-word.emplace":                "put in place",
	"plain-word.acceding":               "joining the treaty",
	"plain-word.accede":                 "join the treaty",
	"plain-word.preclude":               "rule out",
	"tags.legend":                       "Sources, and what the tags mean",
}

// Text returns the English text for a content key, or "" if there is none.
// Texts may hold {placeholders} for dates and counts, filled from sourced
// data (see Fill); a test fails on a date or a count typed into a text.
// A test checks that every key the engine can ask for exists.
func Text(key string) string { return en[key] }

// Convenience lookups for the keys above.

func QuestionText(q QuestionID) string { return Text("question." + string(q)) }
func QuestionHint(q QuestionID) string { return Text("hint." + string(q)) }
func AnswerLabel(a AnswerID) string    { return Text("answer." + string(a)) }
func AnswerHint(a AnswerID) string     { return Text("hint." + string(a)) }

// textIn is a text as worded for the activity answered in a: the key with
// ".<activity>" appended when the catalog has it, else the key itself.
func textIn(key string, a Answers) string {
	if act, ok := a[Activity]; ok {
		if t := Text(key + "." + string(act)); t != "" {
			return t
		}
	}
	return Text(key)
}

// QuestionTextIn, QuestionHintIn, AnswerLabelIn and AnswerHintIn word a
// question or answer for the activity in a: the Korean Peninsula question
// means a place for use, a context for assistance and a purpose for
// stockpiles (docs/RULES.md, D1).
func QuestionTextIn(q QuestionID, a Answers) string { return textIn("question."+string(q), a) }
func QuestionHintIn(q QuestionID, a Answers) string { return textIn("hint."+string(q), a) }
func AnswerLabelIn(x AnswerID, a Answers) string    { return textIn("answer."+string(x), a) }
func AnswerHintIn(x AnswerID, a Answers) string     { return textIn("hint."+string(x), a) }
func VerdictLabel(v Verdict) string                 { return Text("verdict." + string(v)) }
func AlignmentLabel(a Alignment) string {
	return Text("alignment." + string(a))
}
func RegimeLabel(r RegimeID) string { return RegimeName(r) }
func RegimeAbout(r RegimeID) string {
	return Fill(Text("regime."+string(r)+".about"), map[string]string{"announced": LongDate(regimeInfos[r].AnnouncedOn)})
}

// Explanation is a rule's explanation: under its own id, else under the
// text every U.S. policy shares ("rule.us/command"), with the dates the
// rules hold filled in.
func Explanation(r RuleID) string {
	t := Text("rule." + string(r))
	if t == "" {
		if _, rest, ok := strings.Cut(string(r), "/"); ok && strings.HasPrefix(string(r), "us-") {
			t = Text("rule.us/" + rest)
		}
	}
	return Fill(t, map[string]string{"persistent-end": LongDate(persistentEnd)})
}
func DevelopmentText(id string) string { return Text("ld." + id) }

// StatusAsOf says what the explorer describes, dated from the data.
func StatusAsOf() string {
	return Fill(Text("status.as-of"), map[string]string{"announced": LongDate(regimeInfos[US2022].AnnouncedOn)})
}

// ExceptedNote says what applied on the Korean Peninsula, which the 2022
// policy left unchanged, dated from the timeline.
func ExceptedNote() string {
	prior := ""
	if e, ok := EventByID("ev-2020-trump-policy"); ok {
		prior = LongDate(e.Date)
	}
	return Fill(Text("excepted.prior"), map[string]string{"prior": prior})
}

// Figure is the number a fact-sheet figure clause states ("$4.2 billion",
// "17 countries"), taken from the quote itself so it is never typed twice.
func Figure(id CitationID) string {
	c, ok := CitationByID(id)
	if !ok {
		return ""
	}
	return figurePattern.FindString(c.Quote)
}

var figurePattern = regexp.MustCompile(`(?:over )?(?:\$[0-9.,]+ billion|[0-9][0-9,]* (?:countries|people))`)
