package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// siteHeader is the site's name and navigation. It is the same on every
// page of a language but for the entry marked current, so an in-app step
// that keeps that entry leaves it out of the update: go-app draws a child
// component again only when one of its exported fields changed.
type siteHeader struct {
	app.Compo
	// View is the page's view at the home page (the header does not
	// depend on the path), and Current the navigation entry marked as the
	// current page: the header is drawn from these alone, and both are
	// equal from one step to the next.
	View    view
	Current string
}

func (h *siteHeader) Render() app.UI {
	vw, current := h.View, h.Current
	return app.Header().Class("site-header").Body(
		app.Div().Class("wrap header-inner").Body(
			app.A().Class("brand").Href(vw.href("/")).Body(
				// The logo is drawn inline: no request (so nothing to miss
				// offline) and hidden from screen readers, as it is decorative.
				app.Raw(logoSVG),
				app.Span().Text(vw.T("site.name")),
			),
			app.Nav().Aria("label", vw.T("nav.label")).Body(
				app.Ul().Class("nav").Body(
					app.Range(nav).Slice(func(i int) app.UI {
						a := app.A().Href(vw.href(nav[i].href)).Text(vw.T(nav[i].label))
						if nav[i].href == current {
							a = a.Aria("current", "page")
						}
						return app.Li().Body(a)
					}),
				),
			),
		),
	)
}
