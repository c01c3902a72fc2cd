package components

import (
	"time"

	"github.com/apl-explorer/explorer/policy"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// About says what the explorer is and is not, how it works, and how to
// install and embed it.
type About struct{ app.Compo }

func (a *About) OnPreRender(ctx app.Context) { setTitle(ctx, "About") }
func (a *About) OnNav(ctx app.Context)       { setTitle(ctx, "About"); focusHeading(ctx) }

func (a *About) Render() app.UI {
	return page("/about",
		heading("About this explorer"),
		app.H2().Text("What it is, and what it is not"),
		app.P().Text("An educational tool for students, teachers, journalists, mine-action staff and policy analysts. It shows what the U.S. policy on anti-personnel landmines announced on 21 June 2022 says about an activity, and how that compares with the obligations of States Parties to the Ottawa Convention (the Mine Ban Treaty)."),
		app.P().Text("It is not legal advice and not an official source. It describes the policy as announced; it does not say what the U.S. government does or has done in practice."),
		app.H2().Text("Method"),
		app.Ul().Body(
			app.Li().Text("The policy is a table of rules, one per combination of answers that matters, written beside the clause or article it implements. The wizard, the matrix, the decision tree and the downloads are all derived from that one table."),
			app.Li().Text("Fact-sheet clauses are quoted word for word, and a test checks every quote against the fact sheet. The Convention’s articles are summarised in our own words, never presented as quotations."),
			app.Li().Text("Every statement carries its source and a tag: [P] primary, [S] secondary (news or NGO reports), [D] derived by us, UNVERIFIED where no source was found. Where the sources are silent, the explorer says Not addressed."),
			app.Li().Text("Outcomes are dated: they describe the policy as announced on "+longDate(policy.AsOf)+". Later developments are shown beside them with their dates."),
		),
		app.H2().Text("Version"),
		app.P().Body(
			app.Text("Sources compiled in November 2026; the newest dated item is 20 February 2026. App version: "),
			app.Code().ID("app-version").Text(app.Getenv("GOAPP_VERSION")),
			app.Text("."),
		),
		app.H2().Text("Use it offline"),
		app.P().Text("After one visit every page works without a network. To install it as an app, use your browser’s Install or Add to Home Screen command. When a new version is published, a message offers to reload."),
		app.H2().Text("Put it on your site"),
		app.P().Body(
			app.Text("Every outcome has an Embed this section with a one-line snippet. A plain "),
			app.Code().Text("<iframe>"),
			app.Text(" of a page under /embed/ask also works without JavaScript."),
		),
		app.H2().Text("Privacy"),
		app.P().Text("No cookies, no analytics, no requests to other sites. Your answers live only in the page address."),
		app.H2().Text("Licence"),
		app.P().Text("The code is open source under the MIT licence. The fact sheet is a U.S. government work, quoted with attribution."),
	)
}

// longDate writes an ISO date the way the pages do: 21 June 2022.
func longDate(iso string) string {
	d, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return iso
	}
	return d.Format("2 January 2006")
}
