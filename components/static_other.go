//go:build !wasm

package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// staticPage makes a prerendered-only page's component: on the server, the
// page itself.
func staticPage[T any, PT interface {
	*T
	app.Composer
}]() func() app.Composer {
	return func() app.Composer { return PT(new(T)) }
}
