package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// NotFound is the app's own page for a path it does not know, with ways
// back. The server answers it with HTTP 404.
type NotFound struct {
	app.Compo
	vw view
}

func (n *NotFound) OnPreRender(ctx app.Context) {
	n.vw = viewFor(ctx)
	n.vw = viewFor(ctx)
	setTitle(ctx, "Page not found")
}
func (n *NotFound) OnNav(ctx app.Context) {
	n.vw = viewFor(ctx)
	n.vw = viewFor(ctx)
	setTitle(ctx, "Page not found")
	focusHeading(ctx)
}

func (n *NotFound) Render() app.UI {
	vw := n.vw
	return vw.page("",
		heading("Page not found"),
		app.P().Text("There is no page at this address. If you typed it, check the spelling; if you followed a link, it may be out of date."),
		app.Ul().Body(
			app.Li().Body(app.A().Href(vw.href("/")).Text("Go to the home page")),
			app.Li().Body(app.A().Href(vw.href("/ask")).Text("Start the wizard")),
			app.Li().Body(app.A().Href(vw.href("/explore")).Text("Explore the whole policy")),
		),
	)
}
