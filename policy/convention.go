package policy

import (
	"slices"
	"sync"
)

// Article is one article or paragraph of the Convention, summarised in the
// project's own words. The English transcription the project read has small
// typos and has not been checked against the UN certified text, so the app
// never quotes the treaty: it shows these summaries and cites the article.
type Article struct {
	ID      CitationID // "art-1-1-a"
	Ref     string     // "Article 1(1)(a)"
	Title   string     // short heading, e.g. "Never use anti-personnel mines"
	Summary string     // 1–3 sentences, own words, plain English for students
	Tag     Tag        // TagPrimary for the treaty text itself
	Sources []string   // source keys, e.g. {"T1"}
}

// articleList is the Convention, article by article, in treaty order.
func articleList() []Article {
	t1 := func() []string { return []string{"T1"} }
	return []Article{
		{
			ID:      "art-1-1-a",
			Ref:     "Article 1(1)(a)",
			Title:   "Never use anti-personnel mines",
			Summary: "Each State Party promises never to use anti-personnel mines, in any circumstances at all.",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-1-1-b",
			Ref:     "Article 1(1)(b)",
			Title:   "Never make, obtain, keep or transfer them",
			Summary: "Each State Party promises never to develop, produce or otherwise acquire anti-personnel mines, and never to stockpile, retain or transfer them to anyone, whether directly or indirectly.",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-1-1-c",
			Ref:     "Article 1(1)(c)",
			Title:   "Never help anyone do what the Convention bans",
			Summary: "Each State Party promises never to assist, encourage or induce anyone, in any way, to do something that the Convention forbids a State Party to do.",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-1-2",
			Ref:     "Article 1(2)",
			Title:   "Destroy all anti-personnel mines",
			Summary: "Each State Party must destroy all of its anti-personnel mines, or make sure that they are destroyed, as the rest of the Convention lays down.",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-2-1",
			Ref:     "Article 2(1)",
			Title:   "What counts as an anti-personnel mine",
			Summary: "An anti-personnel mine is a mine designed to be set off when a person is present, comes close or touches it, and that will disable, injure or kill one or more people. A mine designed to be set off by a vehicle rather than by a person does not become an anti-personnel mine just because it is fitted with an anti-handling device.",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-2-2",
			Ref:     "Article 2(2)",
			Title:   "What counts as a mine",
			Summary: "A mine is a munition designed to be placed under, on or near the ground or another surface, and to explode when a person or a vehicle is present, comes close or makes contact with it.",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-2-3",
			Ref:     "Article 2(3)",
			Title:   "What counts as an anti-handling device",
			Summary: "An anti-handling device is a device that protects a mine. It is part of the mine, linked or attached to it, or placed under it, and it goes off when someone tries to tamper with the mine or otherwise deliberately disturbs it.",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-2-4",
			Ref:     "Article 2(4)",
			Title:   "What counts as a transfer",
			Summary: "A transfer means physically moving anti-personnel mines into or out of a country's territory, together with handing over ownership of and control over them. Handing over territory in which mines have already been laid is not a transfer.",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-2-5",
			Ref:     "Article 2(5)",
			Title:   "What counts as a mined area",
			Summary: "A mined area is an area that is dangerous because mines are known or suspected to be there.",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-3-1",
			Ref:     "Article 3(1)",
			Title:   "Mines kept for detection, clearance and destruction training",
			Summary: "Despite Article 1, a State Party may keep or transfer some anti-personnel mines to develop techniques for detecting, clearing or destroying mines, and to train people in them. The number kept must not go beyond the smallest number that is absolutely needed for those purposes.",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-3-2",
			Ref:     "Article 3(2)",
			Title:   "Transfer in order to destroy",
			Summary: "Transferring anti-personnel mines so that they can be destroyed is allowed.",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-4",
			Ref:     "Article 4",
			Title:   "Destroy stockpiles within four years",
			Summary: "Apart from mines kept under Article 3, each State Party must destroy all stockpiled anti-personnel mines that it owns or holds, or that are under its jurisdiction or control. It must do so as soon as possible and at the latest four years after the Convention enters into force for it. The article gives no way to extend this deadline.",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-5",
			Ref:     "Article 5",
			Title:   "Clear mined areas within ten years",
			Summary: "Each State Party must destroy all anti-personnel mines in mined areas under its jurisdiction or control as soon as possible, and at the latest ten years after the Convention enters into force for it; until then it must identify those areas and mark, monitor and fence them so that civilians are kept out. A state that expects to miss the deadline may ask a Meeting of the States Parties or a Review Conference for an extension of up to ten years, explaining its reasons and the humanitarian, social, economic and environmental effects. The meeting decides by a majority of the States Parties present and voting, and an extension can be renewed by a new request.",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-6",
			Ref:     "Article 6",
			Title:   "International cooperation and assistance",
			Summary: "States Parties that are able to help are to provide assistance for the care, rehabilitation and reintegration of mine victims, for mine awareness, for mine clearance and for the destruction of stockpiles.",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-7",
			Ref:     "Article 7",
			Title:   "Report to the UN every year",
			Summary: "Each State Party must send the UN Secretary-General a first report as soon as practicable and within 180 days after the Convention enters into force for it, covering matters such as its national measures, stockpiles, mined areas, retained mines and destruction programmes. It must update this information every year by 30 April, covering the previous calendar year, and the Secretary-General passes the reports on to all States Parties.",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-8",
			Ref:     "Article 8",
			Title:   "Clarifying compliance",
			Summary: "A State Party can send another a request for clarification through the UN Secretary-General, and the state asked must reply within 28 days. If the matter is not settled, it can go to a meeting of the States Parties, including a special meeting that is called if at least one third of them support it, and the meeting can send a fact-finding mission of up to nine experts that stays no more than 14 days in the country and 7 days at any one site unless agreed otherwise. The meeting can then ask the state to take measures within a set time, deciding by consensus or, failing that, by a two-thirds majority of those present and voting.",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-9",
			Ref:     "Article 9",
			Title:   "National laws and penalties",
			Summary: "Each State Party must take all appropriate legal, administrative and other measures, including criminal penalties, to prevent and stop anything the Convention prohibits from being done by people, or on territory, under its jurisdiction or control.",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-15",
			Ref:     "Article 15",
			Title:   "Adoption and signature",
			Summary: "The Convention was adopted at Oslo on 18 September 1997. It was opened for signature at Ottawa on 3 and 4 December 1997, and then at UN Headquarters in New York from 5 December 1997 until it entered into force.",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-17",
			Ref:     "Article 17",
			Title:   "Entry into force",
			Summary: "The Convention enters into force on the first day of the sixth month after the month in which the 40th instrument of ratification or accession is deposited. For a state that joins later, it enters into force on the first day of the sixth month after the date on which that state deposits its instrument.",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-18",
			Ref:     "Article 18",
			Title:   "Provisional application",
			Summary: "When it ratifies or accedes, a state may declare that it will apply the bans of Article 1(1) provisionally until the Convention enters into force for it.",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-19",
			Ref:     "Article 19",
			Title:   "No reservations",
			Summary: "No state may make a reservation to any article of the Convention.",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-20",
			Ref:     "Article 20",
			Title:   "Duration and withdrawal",
			Summary: "The Convention has no time limit, but a State Party may withdraw in the exercise of its national sovereignty by notifying all other States Parties, the Depositary and the UN Security Council, with a full explanation of its reasons. The withdrawal takes effect six months after the Depositary receives the instrument of withdrawal, but if the state is engaged in an armed conflict when those six months end, it does not take effect before the armed conflict is over. Withdrawing does not release the state from its duties under other relevant rules of international law.",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-21",
			Ref:     "Article 21",
			Title:   "Depositary",
			Summary: "The Secretary-General of the United Nations is the Depositary of the Convention.",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-22",
			Ref:     "Article 22",
			Title:   "Authentic languages",
			Summary: "The Convention's authentic languages are Arabic, Chinese, English, French, Russian and Spanish.",
			Tag:     TagPrimary,
			Sources: t1(),
		},
	}
}

// articles is the article list, built once.
var articles = sync.OnceValue(articleList)

// Articles returns the articles in treaty order; the slice is the
// caller's own.
func Articles() []Article { return copies(articles()) }

func (a Article) copied() Article { a.Sources = slices.Clone(a.Sources); return a }
