// Package components is the explorer's user interface, built with go-app:
// one component per page, each drawing what the policy package derives.
// Nothing here decides anything about the policy.
package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Register tells go-app which component draws which path. The server and
// the browser both call it at start-up, so they route alike.
func Register() {
	app.Route("/", func() app.Composer { return &Home{} })
	app.RouteWithRegexp(`^/ask(/.*)?$`, func() app.Composer { return &Wizard{} })
	app.RouteWithRegexp(`^/embed/ask(/.*)?$`, func() app.Composer { return &Wizard{} })
	app.Route("/explore", func() app.Composer { return &Explore{} })
	app.Route("/sources", func() app.Composer { return &Sources{} })
	app.Route("/about", func() app.Composer { return &About{} })
	app.NotFound = &NotFound{}
}

// StaticPaths lists the pages that are not wizard states, for the static
// site and its link check.
func StaticPaths() []string {
	return []string{"/", "/explore", "/sources", "/about"}
}
