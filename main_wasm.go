//go:build wasm

// The browser entry point. It is kept apart from main.go by build tags so
// that the server, the static-site generator and the command line (net/http
// server code, file serving, minify, brotli) never reach app.wasm: the
// split roughly halves the download.
package main

import (
	"github.com/apl-explorer/explorer/components"
	"github.com/apl-explorer/explorer/policy"
	"github.com/apl-explorer/explorer/wasm/catalog"
	"github.com/apl-explorer/explorer/wasm/embedframe"
	"github.com/apl-explorer/explorer/wasm/focus"
	"github.com/apl-explorer/explorer/wasm/idle"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	// The page's words are data: fetch them before the app draws. Without
	// them the prerendered page stays as it is, links and all.
	c, err := catalog.Load(catalog.PageLanguage())
	if err != nil {
		app.Log("explorer: the page works without the app:", err)
		select {}
	}
	policy.Install(c)
	components.Register()
	embedframe.Start()
	focus.Remember()
	// The wizard's outcome tables are built once the first page is drawn
	// and the browser is idle, not at the first step that needs them.
	idle.Do(policy.Prepare)
	app.RunWhenOnBrowser()
}
