package policy

import (
	"maps"
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
	Tag     Tag        // TagPrimary for the treaty text itself
	Sources []string   // source keys, e.g. {"T1"}
	// Data holds the dates (ISO 8601; "--04-30" for a day and month) and
	// counts that the texts' {placeholders} show. The texts are in the
	// catalogs: a short heading and a summary of 1–3 sentences in the
	// project's own words (article.<id>.title, article.<id>.summary).
	Data map[string]string
}

// articleList is the Convention, article by article, in treaty order.
func articleList() []Article {
	t1 := func() []string { return []string{"T1"} }
	return []Article{
		{
			ID:      "art-1-1-a",
			Ref:     "Article 1(1)(a)",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-1-1-b",
			Ref:     "Article 1(1)(b)",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-1-1-c",
			Ref:     "Article 1(1)(c)",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-1-2",
			Ref:     "Article 1(2)",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-2-1",
			Ref:     "Article 2(1)",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-2-2",
			Ref:     "Article 2(2)",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-2-3",
			Ref:     "Article 2(3)",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-2-4",
			Ref:     "Article 2(4)",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-2-5",
			Ref:     "Article 2(5)",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-3-1",
			Ref:     "Article 3(1)",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-3-2",
			Ref:     "Article 3(2)",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-4",
			Ref:     "Article 4",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-5",
			Ref:     "Article 5",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-6",
			Ref:     "Article 6",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-7",
			Data:    map[string]string{"report-by": "--04-30"},
			Ref:     "Article 7",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-8",
			Ref:     "Article 8",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-9",
			Ref:     "Article 9",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-15",
			Data:    map[string]string{"adopted": "1997-09-18", "first-day": "3", "last-day": "1997-12-04", "new-york": "1997-12-05"},
			Ref:     "Article 15",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-17",
			Ref:     "Article 17",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-18",
			Ref:     "Article 18",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-19",
			Ref:     "Article 19",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-20",
			Ref:     "Article 20",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-21",
			Ref:     "Article 21",
			Tag:     TagPrimary,
			Sources: t1(),
		},
		{
			ID:      "art-22",
			Ref:     "Article 22",
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

func (a Article) copied() Article {
	a.Sources = slices.Clone(a.Sources)
	a.Data = maps.Clone(a.Data)
	return a
}
