package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// NotFound is the app's own page for a path it does not know, with ways
// back. The server answers it with HTTP 404.
type NotFound struct {
	app.Compo
	vw view
}

func (n *NotFound) OnPreRender(ctx app.Context) { n.vw = enter(ctx, "notfound.title", false).home() }
func (n *NotFound) OnNav(ctx app.Context)       { n.vw = enter(ctx, "notfound.title", true).home() }

func (n *NotFound) Render() app.UI {
	vw := n.vw
	return vw.page("",
		heading(vw.T("notfound.title")),
		app.P().Text(vw.T("notfound.text")),
		app.Ul().Body(
			app.Li().Body(app.A().Href(vw.href("/")).Text(vw.T("notfound.home"))),
			app.Li().Body(app.A().Href(vw.href("/ask")).Text(vw.T("notfound.ask"))),
			app.Li().Body(app.A().Href(vw.href("/explore")).Text(vw.T("notfound.explore"))),
		),
	)
}
