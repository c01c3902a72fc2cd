package components

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// disclosure is a <details> whose content is drawn in the browser only
// once it is opened. Closed, it costs its summary: the tag legend, the
// answers that would change an outcome and the embed code are about a
// third of an outcome page's nodes, and each in-app step would otherwise
// build them for a reader who rarely opens them (docs/PERFORMANCE.md).
// The prerendered page always holds the content, so it is there without
// JavaScript; the print style hides all three.
type disclosure struct {
	app.Compo
	Class string
	// Summary is the summary's text; with HeadingID set it is an h2 of
	// that id, for a disclosure that is a section of the page.
	Summary, HeadingID string
	// Content draws what the disclosure holds, when it is drawn. A func
	// never compares equal, so the disclosure is drawn again with its
	// page, as its content may have changed; closed, that is its summary.
	Content func() []app.UI
	open    bool
}

func (d *disclosure) Render() app.UI {
	var summary app.UI = app.Summary().Text(d.Summary)
	if d.HeadingID != "" {
		summary = app.Summary().Body(app.H2().ID(d.HeadingID).Text(d.Summary))
	}
	body := []app.UI{summary}
	if d.open || !app.IsClient {
		body = append(body, d.Content()...)
	}
	details := app.Details().Class(d.Class)
	if d.open {
		// go-app writes a false boolean as a present attribute.
		details = details.Open(true)
	}
	return details.On("toggle", d.toggle).Body(body...)
}

// toggle follows the element's own state: the browser opens and closes
// it, the component only draws what it holds.
func (d *disclosure) toggle(ctx app.Context, e app.Event) {
	d.open = ctx.JSSrc().Get("open").Bool()
}
