//go:build wasm

package focus

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Remember records which element of the prerendered page has focus,
// just before go-app replaces the page with the live one: a keyboard user
// who started tabbing while app.wasm loaded must not be sent back to the
// top.
func Remember() {
	doc := app.Window().Get("document")
	el := doc.Get("activeElement")
	if !el.Truthy() || el.Equal(doc.Get("body")) {
		return
	}
	desc := map[string]any{"id": el.Get("id").String(), "href": ""}
	if h := el.Call("getAttribute", "href"); h.Truthy() {
		desc["href"] = h.String()
	}
	app.Window().Set("aplFocusBefore", desc)
}

// Restore focuses the element of the live page that matches the one
// Remember saw (same id, or a link to the same place). It reports
// whether it did.
func Restore() bool {
	w := app.Window()
	desc := w.Get("aplFocusBefore")
	if !desc.Truthy() {
		return false
	}
	w.Set("aplFocusBefore", nil)
	doc := w.Get("document")
	var el app.Value
	if id := desc.Get("id").String(); id != "" {
		el = doc.Call("getElementById", id)
	}
	if (el == nil || !el.Truthy()) && desc.Get("href").String() != "" {
		for _, a := range []app.Value{doc.Call("querySelectorAll", "a[href]")} {
			for i := 0; i < a.Length(); i++ {
				if a.Index(i).Call("getAttribute", "href").String() == desc.Get("href").String() {
					el = a.Index(i)
					break
				}
			}
		}
	}
	if el == nil || !el.Truthy() {
		return false
	}
	el.Call("focus")
	return true
}
