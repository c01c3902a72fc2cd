//go:build wasm

package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// tight returns the element as is: in the browser, go-app builds it as
// nodes, with no whitespace between children (tight_other.go).
func tight(e app.UI) app.UI { return e }
