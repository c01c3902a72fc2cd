package server

import (
	"mime"
	"regexp"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/svg"
)

// newMinifier returns the minifier for HTML, CSS, JavaScript, SVG and
// JSON. The HTML settings are conservative: go-app's browser engine finds
// the prerendered root as the body's first element, so document and end
// tags are kept and the structure stays what go-app wrote.
func newMinifier() *minify.M {
	m := minify.New()
	m.Add("text/html", &html.Minifier{
		KeepDocumentTags:    true,
		KeepEndTags:         true,
		KeepDefaultAttrVals: true,
		KeepQuotes:          true,
	})
	m.AddFunc("text/css", css.Minify)
	m.AddFunc("image/svg+xml", svg.Minify)
	m.AddFuncRegexp(regexp.MustCompile(`^(application|text)/(x-)?(java|ecma)script$`), js.Minify)
	m.AddFuncRegexp(regexp.MustCompile(`[/+]json$`), json.Minify)
	return m
}

// minifyBytes minifies b if its content type is one the minifier knows,
// and returns it unchanged otherwise.
func minifyBytes(m *minify.M, contentType string, b []byte) ([]byte, error) {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return b, nil
	}
	if _, _, fn := m.Match(mt); fn == nil {
		return b, nil
	}
	return m.Bytes(mt, b)
}
