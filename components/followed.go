package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// followed is, in the browser, the address of the link a click is
// following, between the click and go-app's route for it. go-app routes
// a click in the click's own task and updates a page component of the
// same type in place, calling OnUpdate and drawing at once when an
// exported field changed; it delivers the navigation event only at its
// next frame (about 8 ms later). A page that takes the address in an
// exported field (Wizard.Target) is therefore drawn in the click's task.
type followed struct{ href string }

// follower is a page that draws from the address of a followed link.
type follower interface{ follow(href string) }

func (w *Wizard) follow(href string) { w.Target = href }

// listen records, before go-app's own handler, the address of each click
// that go-app will route in the app: a plain click on a link to another
// page of the site that opens in the same tab.
func (f *followed) listen() {
	app.Window().Call("addEventListener", "click", app.FuncOf(func(_ app.Value, args []app.Value) any {
		f.href = ""
		e := args[0]
		if e.Get("button").Int() != 0 || e.Get("metaKey").Bool() || e.Get("ctrlKey").Bool() || e.Get("shiftKey").Bool() || e.Get("altKey").Bool() {
			return nil
		}
		t := e.Get("target")
		if !t.Truthy() || !t.Get("closest").Truthy() {
			return nil
		}
		a := t.Call("closest", "a[href]")
		here := app.Window().Get("location")
		if !a.Truthy() || a.Get("target").String() == "_blank" || !a.Call("getAttribute", "download").IsNull() ||
			a.Get("origin").String() != here.Get("origin").String() ||
			a.Get("pathname").String() == here.Get("pathname").String() { // go-app routes nothing then
			return nil
		}
		f.href = a.Get("href").String()
		return nil
	}), true)
}

// take gives the recorded address once: a route that does not use it
// still clears it, so that it never reaches a later navigation.
func (f *followed) take() string {
	h := f.href
	f.href = ""
	return h
}

// route makes newPage's component, handing it the followed address.
func (f *followed) route(newPage func() app.Composer) func() app.Composer {
	return func() app.Composer {
		c := newPage()
		href := f.take()
		if p, ok := c.(follower); ok {
			p.follow(href)
		}
		return c
	}
}
