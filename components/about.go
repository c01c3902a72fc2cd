package components

import (
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
		app.P().Text("An educational tool for students, teachers, journalists, mine-action staff and policy analysts. It shows what the "+policy.RegimeLabel(policy.US2022)+" on anti-personnel landmines said about an activity, and how that compares with the obligations of the countries that have joined the Ottawa Convention (the Mine Ban Treaty)."),
		app.P().Text("It is not legal advice and not an official source. It describes the policy as announced; it does not say what the U.S. government does or has done in practice, nor what it may do today."),
		app.Section().ID("status").Class("about-status").Body(statusBlock("", "status-h")),
		app.H2().Text("Method"),
		app.Ul().Body(
			app.Li().Text("The policy is a table of rules, one per combination of answers that matters, written beside the clause or article it implements. The wizard, the matrix, the decision tree and the downloads are all derived from that one table."),
			app.Li().Text("Fact-sheet clauses are quoted word for word, and a test checks every quote against the fact sheet. The Convention’s articles are summarised in our own words, never presented as quotations."),
			app.Li().Text("Every statement carries its source and a tag: [P] primary, [S] secondary (news or NGO reports), [D] derived by us, UNVERIFIED where no source was found. Where the sources are silent, the explorer says Not addressed."),
			app.Li().Text("Outcomes are dated: they describe the policy as announced on "+policy.LongDate(policy.RegimeStatus(policy.US2022).AnnouncedOn)+", in the past tense, with its status today shown first. Later developments are shown beside them with their dates."),
		),
		app.H2().Text("Version"),
		app.P().Body(
			app.Text("The newest dated item in the sources is from "+policy.LongDate(policy.NewestSourceDate())+". App version: "),
			app.Code().ID("app-version").Text(appVersion()),
			app.Text("."),
		),
		app.H2().Text("Use it offline"),
		app.P().Text("After your first visit the explorer saves itself on your device in the background: first the main pages, then the app that draws every page (about 1.7 MB). On a slow or metered connection, or with data saving on, it downloads nothing by itself: the page footer offers “Make available offline” instead. Once the footer says “Ready offline”, every page works without a network, even pages you have not opened; until then, only some pages may. To install it as an app, use your browser’s Install or Add to Home Screen command. When a new version is published, a message offers to reload."),
		app.H2().ID("embed").Text("Put it on your site"),
		app.P().Body(
			app.Text("Every outcome and the Explore page have an Embed this section with a one-line snippet. A plain "),
			app.Code().Text("<iframe>"),
			app.Text(" of a page under /embed/ask also works without JavaScript. Links that leave the embedded pages open in a new tab."),
		),
		app.P().Body(app.Text("Options, as "), app.Code().Text("data-"), app.Text(" attributes of the script tag:")),
		app.Dl().Class("embed-options").Body(
			app.Dt().Body(app.Code().Text("data-start")), app.Dd().Text("Where the embed starts: a wizard path such as /ask/use, or /explore. Default: /ask."),
			app.Dt().Body(app.Code().Text("data-theme")), app.Dd().Text("light, dark or auto (follows the reader’s setting). Default: auto."),
			app.Dt().Body(app.Code().Text("data-accent")), app.Dd().Text("An accent colour for buttons, as #rrggbb."),
			app.Dt().Body(app.Code().Text("data-max-height")), app.Dd().Text("The most the frame may grow, in pixels; beyond it the frame scrolls."),
			app.Dt().Body(app.Code().Text("data-title")), app.Dd().Text("The frame’s title, read by screen readers."),
			app.Dt().Body(app.Code().Text("data-origin")), app.Dd().Text("The only origin whose messages the host page accepts. Default: the script’s origin."),
		),
		app.P().Body(
			app.Text("The frame sizes itself to its content. It sends the host page messages ("),
			app.Code().Text("apl-explorer:answer"), app.Text(", "), app.Code().Text("apl-explorer:outcome"), app.Text(", "), app.Code().Text("apl-explorer:resize"),
			app.Text("), dispatched on the frame as an "), app.Code().Text("apl-explorer"),
			app.Text(" event, and accepts "), app.Code().Text("apl-explorer:navigate"), app.Text(" and "), app.Code().Text("apl-explorer:theme"), app.Text(" from it."),
		),
		app.H2().Text("Privacy"),
		app.P().Text("No cookies, no analytics, no requests to other sites. Your answers live only in the page address."),
		app.H2().Text("Licence"),
		app.P().Text("The code is open source under the MIT licence. The fact sheet is a U.S. government work, quoted with attribution."),
	)
}

// appVersion is go-app's version of the build, or "development".
func appVersion() string {
	if v := app.Getenv("GOAPP_VERSION"); v != "" {
		return v
	}
	return "development"
}
