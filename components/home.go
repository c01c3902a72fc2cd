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

func (h *Home) OnPreRender(ctx app.Context) {
	h.vw = viewFor(ctx)
	h.vw = viewFor(ctx)
	setTitle(ctx, "")
}
func (h *Home) OnNav(ctx app.Context) {
	h.vw = viewFor(ctx)
	h.vw = viewFor(ctx)
	setTitle(ctx, "")
	focusHeading(ctx)
}

// figures are the fact-sheet clauses whose numbers the home page shows.
var figures = []policy.CitationID{"fs-aid", "fs-mine-free", "fs-rehab"}

func (h *Home) Render() app.UI {
	vw := h.vw
	return vw.page("/",
		app.Div().Class("hero").Body(
			heading("What did "+vw.c().RegimeShort(policy.US2022)+" on anti-personnel landmines say?"),
			app.P().Class("lead").Body(
				app.Text("Answer a few short questions about an activity involving landmines, and see what the "+vw.c().RegimeLabel(policy.US2022)+" said about it, which clause says so, and how that compares with what the Ottawa Convention requires of the countries that have joined it ("),
				app.A().Href(vw.href("/sources#term-states-parties")).Text("States Parties"),
				app.Text("). You can also explore the whole policy at once and read every source."),
			),
			app.A().Class("button button-start").Href(vw.href("/ask")).Body(
				app.Text("Start"),
				app.Span().Aria("hidden", "true").Text(" →"),
			),
		),
		vw.statusLine(),
		app.Section().Aria("labelledby", "figures-h").Body(
			app.H2().ID("figures-h").Text("U.S. humanitarian mine action, in the fact sheet’s words"),
			app.Ul().Class("figures").Body(
				app.Range(figures).Slice(func(i int) app.UI {
					c, _ := policy.CitationByID(figures[i])
					return app.Li().Class("figure").Body(
						app.P().Class("figure-number").Text(policy.Figure(c.ID)),
						app.P().Class("figure-as-of").Text(policy.Fill(vw.c().Text("figure.as-of"), map[string]string{"date": vw.c().LongDate(policy.FactSheetDate)})),
						app.Blockquote().Cite(c.URL).Body(app.P().Text("“"+c.Quote+"”")),
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
			app.H2().ID("more-h").Text("Other ways in"),
			app.Ul().Class("cards").Body(
				app.Li().Body(app.A().Href(vw.href("/explore")).Text("Explore the whole policy"), app.P().Text("Every activity and device in one table, the claim of alignment checked, and the decision tree.")),
				app.Li().Body(app.A().Href(vw.href("/history")).Text(vw.c().Text("history.title")), app.P().Text(vw.c().Text("history.card"))),
				app.Li().Body(app.A().Href(vw.href("/cases")).Text(vw.c().Text("cases.title")), app.P().Text(vw.c().Text("cases.card"))),
				app.Li().Body(app.A().Href(vw.href("/sources")).Text("Read the sources"), app.P().Text("The fact sheet in full, the Convention article by article, a glossary and a timeline of events.")),
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
		app.P().Class("developments-intro").Text("Later developments that touch these texts:"),
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
		app.Text(" Sources: "),
		vw.sourceLinks(d.Sources),
		app.Text("."),
	)
}
