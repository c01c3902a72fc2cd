//go:build wasm

package embedframe

import (
	"encoding/json"
	"net/url"
	"regexp"
	"strings"

	"github.com/apl-explorer/explorer/policy"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Message types of the embedding protocol (docs/EMBEDDING.md).
const (
	msgAnswer   = "apl-explorer:answer"
	msgOutcome  = "apl-explorer:outcome"
	msgNavigate = "apl-explorer:navigate"
	msgTheme    = "apl-explorer:theme"
	embedPrefix = "/embed"
)

// embedded reports whether the explorer runs inside another page's frame.
func embedded() bool {
	w := app.Window()
	return w.Get("parent").Truthy() && !w.Get("parent").Equal(w.JSValue())
}

// hostOrigin is the origin the host page gave (the host query parameter,
// set by embed.js), or "*" when it gave none. It is kept on the window by
// Start, since in-app links drop the query string.
func hostOrigin() string {
	if o := app.Window().Get("aplEmbedHost"); o.Truthy() {
		return o.String()
	}
	return "*"
}

// post sends one message to the host page.
func post(msg map[string]any) {
	b, err := json.Marshal(msg)
	if err != nil {
		return
	}
	v := app.Window().Get("JSON").Call("parse", string(b))
	app.Window().Get("parent").Call("postMessage", v, hostOrigin())
}

// PostState tells the host page about a wizard state: the path, and the
// outcome (the same JSON as `ask --json`) when the wizard is done.
func PostState(path string) {
	if !embedded() {
		return
	}
	p := strings.TrimPrefix(path, embedPrefix)
	s, err := policy.ParsePath(p)
	if err != nil {
		return
	}
	post(map[string]any{"type": msgAnswer, "path": s.Path})
	if s.Done() {
		v := policy.English().ViewState(s)
		post(map[string]any{"type": msgOutcome, "answers": v.Answers, "outcome": v.Outcome})
	}
}

var (
	hexColour = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)
	themes    = map[string]bool{"light": true, "dark": true, "auto": true}
)

// applyTheme sets the colour scheme ("light", "dark" or "auto") and the
// accent colour; anything else is ignored.
func applyTheme(theme, accent string) {
	root := app.Window().Get("document").Get("documentElement")
	if themes[theme] {
		if theme == "auto" {
			root.Call("removeAttribute", "data-theme")
		} else {
			root.Call("setAttribute", "data-theme", theme)
		}
	}
	if hexColour.MatchString(accent) {
		root.Get("style").Call("setProperty", "--accent", accent)
	}
}

// navigateInPlace moves the embedded wizard to path without adding an
// entry to the history the host page shares: replace the URL, then let
// go-app route it as it routes the Back button.
func navigateInPlace(path string) {
	w := app.Window()
	w.Get("history").Call("replaceState", nil, "", path)
	w.Call("dispatchEvent", w.Get("PopStateEvent").New("popstate"))
}

// Start sets up the embedding protocol when the explorer runs in a frame
// on an /embed page: theme and host origin from the query string, resize
// in-place navigation, and the listener for the host's messages.
func Start() {
	w := app.Window()
	loc := w.Get("location")
	if !embedded() || !strings.HasPrefix(loc.Get("pathname").String(), embedPrefix+"/") {
		return
	}
	q, _ := url.ParseQuery(strings.TrimPrefix(loc.Get("search").String(), "?"))
	if h := q.Get("host"); h != "" {
		if u, err := url.Parse(h); err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != "" && u.Path == "" {
			w.Set("aplEmbedHost", u.Scheme+"://"+u.Host)
		}
	}
	applyTheme(q.Get("theme"), q.Get("accent"))

	// Links inside the frame replace the URL instead of pushing it. This
	// capture listener runs before go-app's own click handler.
	w.Get("document").Call("addEventListener", "click", app.FuncOf(func(this app.Value, args []app.Value) any {
		e := args[0]
		if e.Get("defaultPrevented").Bool() || e.Get("button").Int() != 0 || e.Get("metaKey").Bool() || e.Get("ctrlKey").Bool() || e.Get("shiftKey").Bool() {
			return nil
		}
		a := e.Get("target").Call("closest", "a[href]")
		if !a.Truthy() || a.Get("target").String() == "_blank" || a.Get("origin").String() != loc.Get("origin").String() {
			return nil
		}
		p := a.Get("pathname").String()
		if !strings.HasPrefix(p, embedPrefix+"/ask") {
			return nil
		}
		e.Call("preventDefault")
		e.Call("stopPropagation")
		navigateInPlace(p + a.Get("hash").String())
		return nil
	}), true)

	// The frame's height is reported by web/embed-frame.js, which every
	// embedded page loads: it works before this code runs, and without it.

	// Messages from the host: only navigate and theme, validated; from the
	// parent window only, and from the host origin when one was given.
	onMessage := func(e app.Value) {
		if !e.Get("source").Equal(w.Get("parent")) {
			return
		}
		if h := hostOrigin(); h != "*" && e.Get("origin").String() != h {
			return
		}
		d := e.Get("data")
		if d.Type() != app.TypeObject || d.Get("type").Type() != app.TypeString {
			return
		}
		switch d.Get("type").String() {
		case msgNavigate:
			if d.Get("path").Type() != app.TypeString {
				return
			}
			s, err := policy.ParsePath(d.Get("path").String())
			if err != nil {
				return
			}
			navigateInPlace(embedPrefix + s.Path)
		case msgTheme:
			str := func(k string) string {
				if v := d.Get(k); v.Type() == app.TypeString {
					return v.String()
				}
				return ""
			}
			applyTheme(str("theme"), str("accent"))
		}
	}
	w.Call("addEventListener", "message", app.FuncOf(func(this app.Value, args []app.Value) any {
		onMessage(args[0])
		return nil
	}))
	// The host's messages that came before the app ran: they started it
	// (server/appjs.go keeps them in window.aplEarlyMessages).
	early := w.Get("aplEarlyMessages")
	w.Set("aplEarlyMessages", nil)
	if early.Truthy() {
		for i := 0; i < early.Length(); i++ {
			onMessage(early.Index(i))
		}
	}
}
