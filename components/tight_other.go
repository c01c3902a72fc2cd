//go:build !wasm

package components

import (
	"bytes"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/html"
)

// tight draws an element whose children run together as text (a
// sentence with links and tags in it) without the line breaks and
// indentation go-app writes between children when it prerenders a page:
// a browser shows those as spaces, as in "June 2022 ." before the app
// starts. In the browser, go-app builds the same element as nodes, with no
// such whitespace, so tight returns it unchanged there (tight_wasm.go).
func tight(e app.UI) app.UI {
	return app.Raw(unindent(app.HTMLString(e)))
}

// unindent removes from go-app's encoding the line break and indentation
// written before and after each child, keeping every space that is part
// of a text.
func unindent(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var b bytes.Buffer
	depth := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			t := string(z.Raw())
			if strings.HasPrefix(t, "\n") {
				t = t[1:]
				n := 0
				for n < 2*depth && n < len(t) && t[n] == ' ' {
					n++
				}
				t = t[n:]
			}
			if i := strings.LastIndex(t, "\n"); i >= 0 && strings.TrimLeft(t[i+1:], " ") == "" {
				t = t[:i]
			}
			b.WriteString(t)
		case html.StartTagToken:
			b.Write(z.Raw())
			name, _ := z.TagName()
			if !voidElements[string(name)] {
				depth++
			}
		case html.EndTagToken:
			b.Write(z.Raw())
			depth--
		default:
			b.Write(z.Raw())
		}
	}
}

// voidElements have no end tag.
var voidElements = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true, "input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true}
