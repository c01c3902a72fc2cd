package components

import (
	"github.com/apl-explorer/explorer/policy"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"strconv"
)

// About says what the explorer is and is not, how it works, and how to
// install and embed it.
type About struct {
	app.Compo
	vw view
}

func (a *About) OnPreRender(ctx app.Context) { a.vw = enter(ctx, "about.heading", false) }
func (a *About) OnNav(ctx app.Context)       { a.vw = enter(ctx, "about.heading", true) }

func (a *About) Render() app.UI {
	vw := a.vw
	c := vw.c()
	code := func(s string) app.UI { return app.Code().Text(s) }
	return vw.page("/about",
		heading(vw.T("about.heading")),
		app.H2().Text(vw.T("about.what.h")),
		app.P().Text(vw.Tf("about.what", map[string]string{"first": c.LongDate(policy.Earliest()), "regime": c.RegimeLabel(policy.US2022)})),
		app.P().Text(vw.T("about.not")),
		app.Section().ID("status").Class("about-status").Body(vw.statusBlock("", "status-h")),
		app.H2().Text(vw.T("about.method.h")),
		app.Ul().Body(
			app.Li().Text(vw.T("about.method.table")),
			app.Li().Text(vw.T("about.method.quotes")),
			app.Li().Text(vw.T("about.method.tags")),
			app.Li().Text(vw.Tf("about.method.dated", map[string]string{"announced": c.LongDate(policy.RegimeStatus(policy.US2022).AnnouncedOn)})),
		),
		app.H2().Text(vw.T("about.version.h")),
		app.P().Body(
			app.Text(vw.Tf("about.version", map[string]string{"newest": c.LongDate(policy.NewestSourceDate())})+" "),
			app.Code().ID("app-version").Text(appVersion()),
		),
		app.H2().Text(vw.T("about.offline.h")),
		app.P().Text(vw.Tf("about.offline", map[string]string{"size": wasmSize()})),
		app.H2().ID("embed").Text(vw.T("about.embed.h")),
		app.P().Body(vw.fill("about.embed.intro", map[string]app.UI{"iframe": code("<iframe>")})...),
		app.P().Body(vw.fill("about.embed.options", map[string]app.UI{"data": code("data-")})...),
		app.Dl().Class("embed-options").Body(
			app.Dt().Body(code("data-start")), app.Dd().Text(vw.T("about.embed.start")),
			app.Dt().Body(code("data-lang")), app.Dd().Text(vw.T("about.embed.lang")),
			app.Dt().Body(code("data-theme")), app.Dd().Text(vw.T("about.embed.theme")),
			app.Dt().Body(code("data-accent")), app.Dd().Text(vw.T("about.embed.accent")),
			app.Dt().Body(code("data-max-height")), app.Dd().Text(vw.T("about.embed.max-height")),
			app.Dt().Body(code("data-title")), app.Dd().Text(vw.T("about.embed.title")),
			app.Dt().Body(code("data-origin")), app.Dd().Text(vw.T("about.embed.origin")),
		),
		app.P().Body(vw.fill("about.embed.messages", map[string]app.UI{
			"answer": code("apl-explorer:answer"), "outcome": code("apl-explorer:outcome"), "resize": code("apl-explorer:resize"),
			"event": code("apl-explorer"), "navigate": code("apl-explorer:navigate"), "theme": code("apl-explorer:theme"),
		})...),
		app.H2().ID("languages").Text(vw.T("about.translation.h")),
		app.P().Text(vw.T("about.translation")),
		app.P().Text(vw.T("about.translation.english")),
		app.P().Text(vw.c().Translation),
		vw.terminology(),
		app.H2().Text(vw.T("about.privacy.h")),
		app.P().Text(vw.T("about.privacy")),
		app.H2().Text(vw.T("about.licence.h")),
		app.P().Text(vw.T("about.licence")),
	)
}

// appVersion is go-app's version of the build, or "development".
func appVersion() string {
	if v := app.Getenv("GOAPP_VERSION"); v != "" {
		return v
	}
	return "development"
}

// wasmSize is the size of the app's download, as the server measured it
// (APL_WASM_BYTES), in megabytes.
func wasmSize() string {
	b, err := strconv.Atoi(app.Getenv("APL_WASM_BYTES"))
	if err != nil || b <= 0 {
		return "2 MB"
	}
	return strconv.FormatFloat(float64(b)/1e6, 'f', 1, 64) + " MB"
}

// terminology is the catalog's table of key terms: each beside its
// English term, with its source or UNVERIFIED.
func (vw view) terminology() app.UI {
	terms := vw.c().Terminology
	return app.Div().Class("table-fit").Body(
		app.Table().Class("terms-table").Body(
			app.Caption().Text(vw.T("about.terms.h")),
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text(vw.T("about.terms.en")),
				app.Th().Scope("col").Text(vw.T("about.terms.term")),
				app.Th().Scope("col").Text(vw.T("about.terms.source")),
			)),
			app.TBody().Body(app.Range(terms).Slice(func(i int) app.UI {
				t := terms[i]
				return app.Tr().Body(app.Td().Lang("en").Text(t.EN), app.Td().Text(t.Term), app.Td().Text(t.Source))
			})),
		),
	)
}
