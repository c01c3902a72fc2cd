//go:build wasm

package idle

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Do runs f once the browser is idle (requestIdleCallback, within 2 s;
// a short timer where the browser has none).
func Do(f func()) {
	var cb app.Func
	cb = app.FuncOf(func(app.Value, []app.Value) any {
		cb.Release()
		f()
		return nil
	})
	w := app.Window()
	if w.Get("requestIdleCallback").Truthy() {
		w.Call("requestIdleCallback", cb, map[string]any{"timeout": 2000})
		return
	}
	w.Call("setTimeout", cb, 200)
}
