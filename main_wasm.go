//go:build wasm

// The browser entry point. It is kept apart from main.go by build tags so
// that the server, the static-site generator and the command line (net/http
// server code, file serving, minify, brotli) never reach app.wasm: the
// split roughly halves the download.
package main

import (
	"github.com/apl-explorer/explorer/components"
	"github.com/apl-explorer/explorer/wasm/embedframe"
	"github.com/apl-explorer/explorer/wasm/focus"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	components.Register()
	embedframe.Start()
	focus.Remember()
	app.RunWhenOnBrowser()
}
