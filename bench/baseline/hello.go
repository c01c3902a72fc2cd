package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// hello is go-app's hello world: one heading.
type hello struct{ app.Compo }

func (h *hello) Render() app.UI {
	return app.Main().Body(app.H1().Text("Hello World!"))
}
