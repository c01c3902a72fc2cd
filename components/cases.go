package components

import (
	"github.com/apl-explorer/explorer/policy"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Cases shows the real events that put the rules to the test: for each,
// the date, what happened with every statement tagged and sourced, and a
// link to the answer it bears on as of that day.
type Cases struct{ app.Compo }

func (c *Cases) OnPreRender(ctx app.Context) { setTitle(ctx, cat().Text("cases.title")) }
func (c *Cases) OnNav(ctx app.Context)       { arrive(ctx, cat().Text("cases.title")) }

func (c *Cases) Render() app.UI {
	cases := policy.Cases()
	return page("/cases",
		heading(cat().Text("cases.title")),
		app.P().Class("lead").Text(cat().Text("cases.lead")),
		app.Ol().Class("cases").Body(
			app.Range(cases).Slice(func(i int) app.UI { return caseItem(cases[i]) }),
		),
		app.P().Body(
			app.A().Href(href("/history")).Text(cat().Text("history.title")),
			app.Text(" · "),
			app.A().Href(href("/sources#tags")).Text(cat().Text("tags.legend")),
		),
	)
}

// caseItem is one case: its date and title, its statements each with its
// tag and sources, a quotation where the sources give one, and the
// answer it bears on.
func caseItem(c policy.Case) app.UI {
	hid := "case-" + c.ID + "-h"
	return app.Li().Class("case").ID(c.ID).Aria("labelledby", hid).Body(
		app.Div().Body(
			app.H2().ID(hid).Body(
				app.Time().Class("case-date").DateTime(c.Date()).Text(cat().CaseWhen(c)),
				app.Text(": "+cat().CaseTitle(c)),
			),
			app.Ul().Class("case-claims").Body(
				app.Range(c.Claims).Slice(func(i int) app.UI {
					cl := c.Claims[i]
					li := app.Li().Body(app.Text(cat().CaseClaimText(c, cl)+" "), tagBadge(cl.Tag))
					if len(cl.Sources) > 0 {
						li = app.Li().Body(app.Text(cat().CaseClaimText(c, cl)+" "), tagBadge(cl.Tag), app.Text(" "+cat().Text("facts.sources")+" "), sourceLinks(cl.Sources), app.Text("."))
					}
					return li
				}),
			),
			caseQuote(c),
			app.P().Class("case-link").Body(
				app.Strong().Text(cat().Text("cases.bears")+": "),
				app.A().Href(href(caseHref(c))).Text(caseLinkText(c)),
				caseHistoryLink(c),
			),
		),
	)
}

// caseHref is the link to the outcome as of the case's day; for the
// Convention, to its verdict on that page.
func caseHref(c policy.Case) string {
	if c.Regime == policy.Ottawa {
		return c.Link() + "#verdict-ottawa-h"
	}
	return c.Link()
}

// caseLinkText names the outcome the case links to.
func caseLinkText(c policy.Case) string {
	s, _ := c.State()
	key := "cases.link.us"
	if c.Regime == policy.Ottawa {
		key = "cases.link.ottawa"
	}
	return policy.Fill(cat().Text(key), map[string]string{
		"regime": cat().RegimeName(c.Period().US), "date": cat().LongDate(c.Day()),
		"asked": askedLabel(s.Answers, true),
	})
}

// caseHistoryLink points a Convention case to the timeline.
func caseHistoryLink(c policy.Case) app.UI {
	if !c.History {
		return app.Text("")
	}
	return app.Span().Body(app.Text(" · "), app.A().Href(href("/history#timeline")).Text(cat().Text("cases.link.history")))
}

// caseQuote shows the words a case's sources give in quotation marks: a
// clause of the fact sheet, or a timeline event's quotation.
func caseQuote(c policy.Case) app.UI {
	if c.Cite != "" {
		q, _ := policy.CitationByID(c.Cite)
		return app.Div().Class("case-quote").Body(
			app.Blockquote().Cite(q.URL).Body(app.P().Text("“"+q.Quote+"”")),
			app.P().Class("citation-source").Body(app.Text("— "), app.A().Href(href("/sources#"+string(q.ID))).Text(factSheetName()), app.Text(" "), tagBadge(q.Tag)),
		)
	}
	if e, ok := policy.EventByID(c.Quote); ok && e.Quote != "" {
		return app.Div().Class("case-quote").Body(
			app.Blockquote().Body(app.P().Text("“"+e.Quote+"”")),
			app.P().Class("citation-source").Body(app.Text("— "+e.QuoteBy+" "), tagBadge(e.Tag), app.Text(" "), sourceLinks(e.Sources)),
		)
	}
	return app.Text("")
}
