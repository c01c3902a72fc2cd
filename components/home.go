package components

import (
	"github.com/apl-explorer/explorer/policy"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Home is the landing page: what the explorer does, where to start, the
// fact sheet's mine-action figures and the policy's status today.
type Home struct {
	app.Compo
	vw view
}

func (h *Home) OnPreRender(ctx app.Context) { h.vw = enter(ctx, "", false) }
func (h *Home) OnNav(ctx app.Context)       { h.vw = enter(ctx, "", true) }

// figures are the fact-sheet clauses whose numbers the home page shows.
var figures = []policy.CitationID{"fs-aid", "fs-mine-free", "fs-rehab"}

func (h *Home) Render() app.UI {
	vw := h.vw
	return vw.page("/",
		app.Div().Class("hero").Body(
			heading(vw.Tf("home.heading", map[string]string{"regime": vw.c().RegimeShort(policy.US2022)})),
			app.P().Class("lead").Body(vw.fill("home.lead", map[string]app.UI{
				"regime":  app.Text(vw.c().RegimeLabel(policy.US2022)),
				"parties": app.A().Href(vw.href("/sources#term-states-parties")).Text(vw.T("home.lead.parties")),
			})...),
			app.A().Class("button button-start").Href(vw.href("/ask")).Body(
				app.Text(vw.T("home.start")),
				app.Span().Aria("hidden", "true").Text(" →"),
			),
		),
		vw.statusLine(),
		app.Section().Aria("labelledby", "figures-h").Body(
			app.H2().ID("figures-h").Text(vw.T("home.figures.h")),
			app.Ul().Class("figures").Body(
				app.Range(figures).Slice(func(i int) app.UI {
					c, _ := policy.CitationByID(figures[i])
					return app.Li().Class("figure").Body(
						app.P().Class("figure-number").Text(policy.Figure(c.ID)),
						app.P().Class("figure-as-of").Text(policy.Fill(vw.c().Text("figure.as-of"), map[string]string{"date": vw.c().LongDate(policy.FactSheetDate)})),
						app.Blockquote().Cite(c.URL).Lang("en").Body(app.P().Text("“"+c.Quote+"”")),
						vw.unofficial(c.ID),
						app.P().Class("figure-source").Body(
							app.A().Href(vw.href("/sources#"+string(c.ID))).Text(vw.factSheetName()),
							app.Text(" "), vw.tagBadge(c.Tag),
						),
						vw.laterFigures(c.ID),
					)
				}),
			),
		),
		app.Section().Aria("labelledby", "more-h").Body(
			app.H2().ID("more-h").Text(vw.T("home.more.h")),
			app.Ul().Class("cards").Body(
				app.Li().Body(app.A().Href(vw.href("/explore")).Text(vw.T("explore.title")), app.P().Text(vw.T("home.more.explore"))),
				app.Li().Body(app.A().Href(vw.href("/history")).Text(vw.c().Text("history.title")), app.P().Text(vw.c().Text("history.card"))),
				app.Li().Body(app.A().Href(vw.href("/cases")).Text(vw.c().Text("cases.title")), app.P().Text(vw.c().Text("cases.card"))),
				app.Li().Body(app.A().Href(vw.href("/sources")).Text(vw.T("home.more.sources.link")), app.P().Text(vw.T("home.more.sources"))),
			),
		),
	)
}

// statusLine shows each regime's status, from the data, and the later
// developments that are status lines, before the figures.
func (vw view) statusLine() app.UI {
	var devs []policy.Development
	for _, d := range policy.Developments() {
		if d.Regime != "" {
			devs = append(devs, d)
		}
	}
	return app.Div().Class("home-status").Body(
		vw.statusBlock("", "status-h"),
		app.P().Class("developments-intro").Text(vw.T("home.developments")),
		app.Ul().Class("developments").Body(
			app.Range(devs).Slice(func(i int) app.UI {
				return vw.developmentItem(devs[i])
			}),
		),
	)
}

// developmentItem draws one later development with its date, tag and
// sources.
func (vw view) developmentItem(d policy.Development) app.UI {
	return app.Li().Class("development").Body(
		app.Strong().Body(app.Time().DateTime(d.Date).Text(vw.c().DevelopmentWhen(d))),
		app.Text(": "+vw.c().DevelopmentText(d.ID)+" "),
		vw.tagBadge(d.Tag),
		app.Text(" "+vw.T("facts.sources")+" "),
		vw.sourceLinks(d.Sources),
		app.Text(vw.T("punct.end")),
	)
}
