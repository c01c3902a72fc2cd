// Package components is the explorer's user interface, built with go-app:
// one component per page, each rendering from the policy package.
package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Register tells go-app which component draws which path. The server and
// the browser call it at start-up, so both route alike.
func Register() {
	app.Route("/", func() app.Composer { return &stub{} })
	app.RouteWithRegexp("^/ask(/.*)?$", func() app.Composer { return &stub{} })
}

// StaticPaths lists the pages that are not wizard states, for the static
// site and its link check.
func StaticPaths() []string {
	return []string{"/", "/explore", "/sources", "/about"}
}

type stub struct{ app.Compo }

func (s *stub) Render() app.UI { return app.Div().Text("stub") }
