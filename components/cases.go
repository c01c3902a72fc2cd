package components

import (
	"github.com/apl-explorer/explorer/policy"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Cases shows the real events that put the rules to the test: for each,
// the date, what happened with every statement tagged and sourced, and a
// link to the answer it bears on as of that day.
type Cases struct {
	app.Compo
	vw view
}

func (c *Cases) OnPreRender(ctx app.Context) { c.vw = enter(ctx, "cases.title", false) }
func (c *Cases) OnNav(ctx app.Context)       { c.vw = enter(ctx, "cases.title", true) }

func (c *Cases) Render() app.UI {
	vw := c.vw
	cases := policy.Cases()
	return vw.page("/cases",
		heading(vw.c().Text("cases.title")),
		app.P().Class("lead").Text(vw.c().Text("cases.lead")),
		app.Ol().Class("cases").Body(
			app.Range(cases).Slice(func(i int) app.UI { return vw.caseItem(cases[i]) }),
		),
		app.P().Body(
			app.A().Href(vw.href("/history")).Text(vw.c().Text("history.title")),
			app.Text(" · "),
			app.A().Href(vw.href("/sources#tags")).Text(vw.c().Text("tags.legend")),
		),
	)
}

// caseItem is one case: its date and title, its statements each with its
// tag and sources, a quotation where the sources give one, and the
// answer it bears on.
func (vw view) caseItem(c policy.Case) app.UI {
	hid := "case-" + c.ID + "-h"
	return app.Li().Class("case").ID(c.ID).Aria("labelledby", hid).Body(
		app.Div().Body(
			app.H2().ID(hid).Body(
				app.Time().Class("case-date").DateTime(c.Date()).Text(vw.c().CaseWhen(c)),
				app.Text(": "+vw.c().CaseTitle(c)),
			),
			app.Ul().Class("case-claims").Body(
				app.Range(c.Claims).Slice(func(i int) app.UI {
					cl := c.Claims[i]
					li := app.Li().Body(app.Text(vw.c().CaseClaimText(c, cl)+" "), vw.tagBadge(cl.Tag))
					if len(cl.Sources) > 0 {
						li = app.Li().Body(app.Text(vw.c().CaseClaimText(c, cl)+" "), vw.tagBadge(cl.Tag), app.Text(" "+vw.c().Text("facts.sources")+" "), vw.sourceLinks(cl.Sources), app.Text("."))
					}
					return li
				}),
			),
			vw.caseQuote(c),
			app.P().Class("case-link").Body(
				app.Strong().Text(vw.c().Text("cases.bears")+": "),
				app.A().Href(vw.href(vw.caseHref(c))).Text(vw.caseLinkText(c)),
				vw.caseHistoryLink(c),
			),
		),
	)
}

// caseHref is the link to the outcome as of the case's day; for the
// Convention, to its verdict on that page.
func (vw view) caseHref(c policy.Case) string {
	if c.Regime == policy.Ottawa {
		return c.Link() + "#verdict-ottawa-h"
	}
	return c.Link()
}

// caseLinkText names the outcome the case links to.
func (vw view) caseLinkText(c policy.Case) string {
	s, _ := c.State()
	key := "cases.link.us"
	if c.Regime == policy.Ottawa {
		key = "cases.link.ottawa"
	}
	return policy.Fill(vw.c().Text(key), map[string]string{
		"regime": vw.c().RegimeName(c.Period().US), "date": vw.c().LongDate(c.Day()),
		"asked": vw.askedLabel(s.Answers, true),
	})
}

// caseHistoryLink points a Convention case to the timeline.
func (vw view) caseHistoryLink(c policy.Case) app.UI {
	if !c.History {
		return app.Text("")
	}
	return app.Span().Body(app.Text(" · "), app.A().Href(vw.href("/history#timeline")).Text(vw.c().Text("cases.link.history")))
}

// caseQuote shows the words a case's sources give in quotation marks: a
// clause of the fact sheet, or a timeline event's quotation.
func (vw view) caseQuote(c policy.Case) app.UI {
	if c.Cite != "" {
		q, _ := policy.CitationByID(c.Cite)
		return app.Div().Class("case-quote").Body(
			app.Blockquote().Cite(q.URL).Lang("en").Body(app.P().Text("“"+q.Quote+"”")),
			vw.unofficial(q.ID),
			app.P().Class("citation-source").Body(app.Text("— "), app.A().Href(vw.href("/sources#"+string(q.ID))).Text(vw.factSheetName()), app.Text(" "), vw.tagBadge(q.Tag)),
		)
	}
	if e, ok := policy.EventByID(c.Quote); ok && e.Quote != "" {
		return app.Div().Class("case-quote").Body(
			app.Blockquote().Lang("en").Body(app.P().Text("“"+e.Quote+"”")),
			vw.unofficialKey("quote.event."+e.ID),
			app.P().Class("citation-source").Body(app.Text("— "+vw.c().EventQuoteBy(e)+" "), vw.tagBadge(e.Tag), app.Text(" "), vw.sourceLinks(e.Sources)),
		)
	}
	return app.Text("")
}
