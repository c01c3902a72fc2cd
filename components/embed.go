package components

import (
	"github.com/apl-explorer/explorer/wasm/embedframe"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// embedFrame draws a wizard page for another site's iframe: no header,
// footer or navigation, and a link to the full explorer. Its small script
// (web/embed-frame.js) sizes the frame to the content from the first
// paint, before and without app.wasm, and keeps it sized.
func (vw view) embedFrame(path string, main ...app.UI) app.UI {
	site := app.Div().Class("site embedded").DataSet("loading", vw.T("loader.label")).DataSet("loading-value", vw.T("loader.value"))
	if IsStatic(path) {
		site = site.DataSet("static", "true")
	}
	return site.Body(
		app.Main().ID("main").Class("wrap").TabIndex(-1).Body(append(main, vw.translationNote())...),
		app.P().Class("embed-credit").Body(
			vw.link(EmbedPrefix, path).Body(
				app.Text(vw.T("embed.open")),
				app.Span().Class("visually-hidden").Text(" "+vw.T("link.new-tab")),
			),
		),
		app.Script().Src(vw.href(EmbedScript)).Defer(true),
	)
}

// EmbedScript is the script every embedded page loads: it reports the
// content's height to the host page (docs/EMBEDDING.md).
const EmbedScript = "/web/embed-frame.js"

// notifyHost tells an embedding page about the new state; outside an
// iframe it does nothing.
func notifyHost(path string) { embedframe.PostState(path) }
