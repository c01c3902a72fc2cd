package policy

import (
	"regexp"
	"strings"
)

// The texts of the policy's data (the timeline, the Convention's
// articles, the glossary, the fact-sheet clauses' headings, the later
// developments' dates) are in the catalogs, keyed by the record's id:
//
//	event.<id>.title, event.<id>.summary, event.<id>.quote-by
//	article.<id>.title, article.<id>.summary
//	glossary.<id>.term, glossary.<id>.definition
//	cite.<fs-id>.title            a fact-sheet clause's heading ({year}: the quote's)
//	figure.amount.<fs-id>         a later figure's amount
//	when.range, when.about, when.after, when.reported
//	                              a date that is not one plain date
//
// These methods are the only way to read them. Dates and counts in the
// texts are {placeholders} filled from the record's Data (and, for an
// event, {date} and {year} from its Date), so no date is typed twice.

// dayMonth is a day in every year, "--04-30" (ISO 8601's recurring form).
var dayMonth = regexp.MustCompile(`^--([01][0-9])-([0-3][0-9])$`)

// dataValue writes one Data value: a date as the catalog writes dates
// (LongDate), a day and month ("--06-04") as date.day-month, anything
// else (a count, a day alone) as given.
func (cat *Catalog) dataValue(v string) string {
	if m := dayMonth.FindStringSubmatch(v); m != nil {
		return cat.T("date.day-month", map[string]string{
			"day": strings.TrimPrefix(m[2], "0"), "month": cat.Text("month." + m[1]),
		})
	}
	return cat.LongDate(v)
}

// fillData is the text under key with its placeholders filled from data
// and the extra values given.
func (cat *Catalog) fillData(key string, data map[string]string, extra map[string]string) string {
	t := cat.Text(key)
	if !strings.Contains(t, "{") {
		return t
	}
	values := make(map[string]string, len(data)+len(extra))
	for k, v := range data {
		values[k] = cat.dataValue(v)
	}
	for k, v := range extra {
		values[k] = v
	}
	return Fill(t, values)
}

// when writes a date that may be a span, approximate or reported later.
func (cat *Catalog) when(date, until, approx, reported string) string {
	switch {
	case until != "":
		return cat.T("when.range", map[string]string{"from": cat.LongDate(date), "to": cat.LongDate(until)})
	case approx != "":
		return cat.T("when."+approx, map[string]string{"date": cat.LongDate(date)})
	case reported != "":
		return cat.T("when.reported", map[string]string{"date": cat.LongDate(date), "reported": cat.LongDate(reported)})
	}
	return cat.LongDate(date)
}

func (cat *Catalog) eventText(e Event, field string) string {
	return cat.fillData("event."+e.ID+"."+field, e.Data, map[string]string{"date": cat.LongDate(e.Date), "year": yearOf(e.Date)})
}

// EventTitle is a timeline event's short heading.
func (cat *Catalog) EventTitle(e Event) string { return cat.eventText(e, "title") }

// EventSummary is a timeline event in the project's own words.
func (cat *Catalog) EventSummary(e Event) string { return cat.eventText(e, "summary") }

// EventQuoteBy says who is quoted in the event's Quote, "" if no one.
func (cat *Catalog) EventQuoteBy(e Event) string {
	if e.Quote == "" {
		return ""
	}
	return cat.eventText(e, "quote-by")
}

// EventWhen is the event's date as shown: "27 February 2004",
// "3 December 1997 – 4 December 1997", "After March 2026".
func (cat *Catalog) EventWhen(e Event) string { return cat.when(e.Date, e.Until, e.Approx, "") }

// ArticleTitle is an article's short heading.
func (cat *Catalog) ArticleTitle(a Article) string {
	return cat.fillData("article."+string(a.ID)+".title", a.Data, nil)
}

// ArticleSummary is an article in the project's own words.
func (cat *Catalog) ArticleSummary(a Article) string {
	return cat.fillData("article."+string(a.ID)+".summary", a.Data, nil)
}

// GlossaryTerm is a glossary term as shown.
func (cat *Catalog) GlossaryTerm(t Term) string {
	return cat.fillData("glossary."+t.ID+".term", t.Data, nil)
}

// GlossaryDefinition is a glossary term's definition in plain words.
func (cat *Catalog) GlossaryDefinition(t Term) string {
	return cat.fillData("glossary."+t.ID+".definition", t.Data, nil)
}

// DevelopmentWhen is a later development's date as shown: "2 December
// 2025 (reported 19 December 2025)".
func (cat *Catalog) DevelopmentWhen(d Development) string {
	return cat.when(d.Date, d.Until, "", d.Reported)
}

// CitationTitle is a citation's short heading: a fact-sheet clause's, or
// the article's.
func (cat *Catalog) CitationTitle(c Citation) string {
	if a, ok := articleByID(c.ID); ok {
		return cat.ArticleTitle(a)
	}
	// A year in a clause's heading is the one its quote gives.
	return cat.T("cite."+string(c.ID)+".title", map[string]string{"year": quoteYear.FindString(c.Quote)})
}

// quoteYear is a year in a quote.
var quoteYear = regexp.MustCompile(`\b(19|20)[0-9]{2}\b`)

// CitationSummary is an article's summary in the project's own words; ""
// for a fact-sheet clause, which is quoted instead.
func (cat *Catalog) CitationSummary(c Citation) string {
	if a, ok := articleByID(c.ID); ok {
		return cat.ArticleSummary(a)
	}
	return ""
}

// LaterFigureAmount is a newer figure's amount: "more than $5.09 billion".
func (cat *Catalog) LaterFigureAmount(f LaterFigure) string {
	return cat.Text("figure.amount." + string(f.Cite))
}

// articleByID returns one article (not a copy: callers only read it).
func articleByID(id CitationID) (Article, bool) {
	for _, a := range articles() {
		if a.ID == id {
			return a, true
		}
	}
	return Article{}, false
}

// ArticleRef names an article in the catalog's words: "Article 1(1)(a)".
func (cat *Catalog) ArticleRef(a Article) string {
	return cat.T("cite.ref.article", map[string]string{"n": strings.TrimPrefix(a.Ref, "Article ")})
}

// CitationRef names a citation: the fact sheet with its date, or an
// article.
func (cat *Catalog) CitationRef(c Citation) string {
	if c.Quote != "" {
		return cat.T("cite.ref.factsheet", map[string]string{"date": cat.LongDate(FactSheetDate)})
	}
	return cat.T("cite.ref.article", map[string]string{"n": strings.TrimPrefix(c.Ref, "Article ")})
}
