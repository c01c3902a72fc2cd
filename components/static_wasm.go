//go:build wasm

package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// staticPage makes a prerendered-only page's component: in the browser, a
// full page load of it. The page's own drawing is never reached here, so
// app.wasm does not carry it.
func staticPage[T any, PT interface {
	*T
	app.Composer
}]() func() app.Composer {
	return func() app.Composer { return &fullLoad{} }
}
