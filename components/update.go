package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// UpdateBanner tells the user that a new version of the explorer has been
// installed and offers to load it; until then the open page keeps
// running the version it started with.
type UpdateBanner struct {
	app.Compo
	vw        view
	available bool
}

func (u *UpdateBanner) OnMount(ctx app.Context) { u.available = ctx.AppUpdateAvailable() }

func (u *UpdateBanner) OnAppUpdate(ctx app.Context) { u.available = ctx.AppUpdateAvailable() }

func (u *UpdateBanner) Render() app.UI {
	if !u.available {
		return app.Div().Class("update-slot").Role("status")
	}
	return app.Div().Class("update-slot update-banner").Role("status").Body(
		app.P().Body(
			app.Text(u.vw.T("update.available")+" "),
			app.Button().Class("button button-small").Type("button").Text(u.vw.T("update.reload")).OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
		),
	)
}
