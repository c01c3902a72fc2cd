// Package components is the explorer's user interface, built with go-app:
// one component per page, each drawing what the policy package derives.
// Nothing here decides anything about the policy.
package components

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Register tells go-app which component draws which path. The server and
// the browser both call it at start-up, so they route alike.
func Register() {
	app.Route("/", func() app.Composer { return &Home{} })
	app.RouteWithRegexp(`^/ask(/.*)?$`, func() app.Composer { return &Wizard{} })
	app.RouteWithRegexp(`^/embed/ask(/.*)?$`, func() app.Composer { return &Wizard{} })
	app.Route("/explore", func() app.Composer { return &Explore{} })
	app.Route(EmbedPrefix+"/explore", func() app.Composer { return &Explore{} })
	app.Route("/sources", func() app.Composer { return &Sources{} })
	app.Route("/about", func() app.Composer { return &About{} })
	// Last: every other path draws the app's own 404 page (the server sets
	// the status; see IsPage), on the server as in the browser.
	app.RouteWithRegexp(`^/`, func() app.Composer { return &NotFound{} })
	app.NotFound = &NotFound{}
}

// IsPage reports whether a path is one of the explorer's pages (a wizard
// path, even a bad one, draws its own error page). The server answers
// every other path with the 404 page and status 404.
func IsPage(path string) bool {
	for _, p := range StaticPaths() {
		if p == path {
			return true
		}
	}
	return path == "/ask" || strings.HasPrefix(path, "/ask/") ||
		path == EmbedPrefix+"/ask" || strings.HasPrefix(path, EmbedPrefix+"/ask/")
}

// StaticPaths lists the pages that are not wizard states, for the static
// site and its link check.
func StaticPaths() []string {
	return []string{"/", "/explore", "/sources", "/about", EmbedPrefix + "/explore"}
}
