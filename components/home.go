package components

import (
	"github.com/apl-explorer/explorer/policy"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Home is the landing page: what the explorer does, where to start, the
// fact sheet's mine-action figures and the policy's status today.
type Home struct{ app.Compo }

func (h *Home) OnPreRender(ctx app.Context) { setTitle(ctx, "") }
func (h *Home) OnNav(ctx app.Context)       { setTitle(ctx, ""); focusHeading(ctx) }

// figures are the fact-sheet clauses whose numbers the home page shows.
var figures = []policy.CitationID{"fs-aid", "fs-mine-free", "fs-rehab"}

func (h *Home) Render() app.UI {
	return page("/",
		app.Div().Class("hero").Body(
			heading("May the United States do this with anti-personnel landmines?"),
			app.P().Class("lead").Text("Answer a few short questions about an activity involving landmines, and see whether the U.S. policy announced on 21 June 2022 permits it, which clause says so, and how that compares with what the Ottawa Convention requires of its States Parties. You can also explore the whole policy at once and read every source."),
			app.A().Class("button button-start").Href(href("/ask")).Body(
				app.Text("Start"),
				app.Span().Aria("hidden", "true").Text(" →"),
			),
		),
		statusLine(),
		app.Section().Aria("labelledby", "figures-h").Body(
			app.H2().ID("figures-h").Text("U.S. humanitarian mine action, in the fact sheet’s words"),
			app.Ul().Class("figures").Body(
				app.Range(figures).Slice(func(i int) app.UI {
					c, _ := policy.CitationByID(figures[i])
					return app.Li().Class("figure").Body(
						app.P().Class("figure-number").Text(policy.Text("figure."+string(c.ID))),
						app.Blockquote().Cite(c.URL).Body(app.P().Text("“"+c.Quote+"”")),
						app.P().Class("figure-source").Body(
							app.A().Href(href("/sources#"+string(c.ID))).Text("White House fact sheet, 21 June 2022"),
							app.Text(" "), tagBadge(c.Tag),
						),
					)
				}),
			),
		),
		app.Section().Aria("labelledby", "more-h").Body(
			app.H2().ID("more-h").Text("Other ways in"),
			app.Ul().Class("cards").Body(
				app.Li().Body(app.A().Href(href("/explore")).Text("Explore the whole policy"), app.P().Text("Every activity and device in one table, the claim of alignment checked, and the decision tree.")),
				app.Li().Body(app.A().Href(href("/sources")).Text("Read the sources"), app.P().Text("The fact sheet in full, the Convention article by article, a glossary and a timeline from 1992 to 2026.")),
			),
		),
	)
}

// statusLine says what the outcomes describe and what has happened since,
// from the later developments that are status lines.
func statusLine() app.UI {
	var devs []policy.Development
	for _, d := range policy.Developments() {
		if d.Regime != "" {
			devs = append(devs, d)
		}
	}
	return app.Aside().Class("status").Aria("label", "Status of the policy").Body(
		app.P().Body(app.Strong().Text("As of 21 June 2022. "), app.Text(policy.Text("status.as-of"))),
		app.Ul().Body(
			app.Range(devs).Slice(func(i int) app.UI {
				return developmentItem(devs[i])
			}),
		),
	)
}

// developmentItem draws one later development with its date, tag and
// sources.
func developmentItem(d policy.Development) app.UI {
	return app.Li().Class("development").Body(
		app.Strong().Body(app.Time().DateTime(d.Date).Text(d.When)),
		app.Text(": "+policy.DevelopmentText(d.ID)+" "),
		tagBadge(d.Tag),
		app.Text(" Sources: "),
		sourceLinks(d.Sources),
		app.Text("."),
	)
}
