package components

import (
	"strings"

	"github.com/apl-explorer/explorer/policy"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// view is what a page is drawn for: its language and that language's
// catalog, where every word on the page comes from. Each page component
// reads it from its URL once per navigation (viewFor); the drawing
// functions are its methods, so the words and the links follow the
// page's language without a global.
type view struct {
	cat  *policy.Catalog
	lang policy.Language
	// path is the page's path without its language prefix, for the
	// language switch ("/ask/use").
	path string
	// jargon is the catalog's hard words, read once.
	jargon []hardWord
}

// viewFor reads the page's language from its URL.
func viewFor(ctx app.Context) view { return viewAt(ctx.Page().URL().EscapedPath()) }

// viewAt is the view of the page at an escaped path.
func viewAt(escapedPath string) view {
	l, rest := policy.LanguageOfPath(sitePath(escapedPath))
	vw := viewIn(l)
	vw.path = rest
	return vw
}

// viewIn is the view of a language, with its catalog.
func viewIn(l policy.Language) view {
	c, err := policy.CatalogFor(l.ID)
	if err != nil {
		// In the browser only the page's own catalog is loaded: a page
		// in another language is reached by a full page load.
		c = pageCatalog()
	}
	return newView(c, c.Language)
}

// newView is the view of a catalog for pages of a language.
func newView(c *policy.Catalog, l policy.Language) view {
	return view{cat: c, lang: l, jargon: parseJargon(c)}
}

// c is the view's catalog. A component draws once before its first
// navigation event has set its view; that drawing is replaced at once, so
// the page's own catalog stands in.
func (vw view) c() *policy.Catalog {
	if vw.cat != nil {
		return vw.cat
	}
	return pageCatalog()
}

// T is a text of the view's catalog.
func (vw view) T(key string) string { return vw.c().Text(key) }

// Tf is a text with its placeholders filled.
func (vw view) Tf(key string, values map[string]string) string { return vw.c().T(key, values) }

// langPrefix is the path prefix of the view's language: "" for English,
// "/fr" for French.
func (vw view) langPrefix() string {
	if vw.lang.ID == "" || vw.lang.ID == policy.Languages()[0].ID {
		return ""
	}
	return "/" + vw.lang.ID
}

// href returns a link to a page of the site as the browser must see it:
// in the page's language, and under the sub-path the site may be served
// from. A path that names a language is kept ("/en/…" means English,
// which is unprefixed), so the language switch links where it says.
// Files (/web/…, /policy.json) are not pages and keep their path.
func (vw view) href(p string) string {
	if isPagePath(p) {
		if rest, ok := strings.CutPrefix(p, "/en"); ok && (rest == "" || rest[0] == '/') {
			p = rest
			if p == "" {
				p = "/"
			}
		} else if l, _ := policy.LanguageOfPath(p); l.ID == policy.Languages()[0].ID && vw.langPrefix() != "" {
			p = vw.langPrefix() + p
		}
	}
	return rootHref(p)
}

// isPagePath reports whether a link is to a page of the site: a
// root-relative path whose last segment has no file extension.
func isPagePath(p string) bool {
	if !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") || strings.HasPrefix(p, "/web/") {
		return false
	}
	path, _, _ := strings.Cut(p, "#")
	path, _, _ = strings.Cut(path, "?")
	return !strings.Contains(path[strings.LastIndex(path, "/")+1:], ".")
}

// AnswerSentence is an outcome's answer in one sentence, in a language
// (the tests compare it with the page's heading).
func AnswerSentence(lang policy.Language, s policy.State) string {
	return viewIn(lang).AnswerSentence(s)
}

// fill draws a catalog text whose {placeholders} stand for elements (a
// link, a code span): the words around them stay in the catalog, in the
// order the language needs.
func (vw view) fill(key string, parts map[string]app.UI) []app.UI {
	text := vw.T(key)
	var out []app.UI
	for text != "" {
		i := strings.IndexByte(text, '{')
		j := strings.IndexByte(text[max(i, 0):], '}')
		if i < 0 || j < 0 {
			out = append(out, app.Text(text))
			break
		}
		j += i
		name := text[i+1 : j]
		el, ok := parts[name]
		if !ok {
			out = append(out, app.Text(text[:j+1]))
			text = text[j+1:]
			continue
		}
		if i > 0 {
			out = append(out, app.Text(text[:i]))
		}
		out = append(out, el)
		text = text[j+1:]
	}
	return out
}

// translationNote says once, on a page that is not in English, that the
// translation is unofficial and the English text prevails, with a link to
// the same page in English.
func (vw view) translationNote() app.UI {
	if vw.langPrefix() == "" {
		return app.Text("")
	}
	return app.P().Class("translation-note").Body(
		app.Text(vw.T("translation.note")+" "),
		app.A().Href(vw.href("/en"+vw.path)).Attr("hreflang", "en").Text(vw.T("translation.english")),
	)
}

// unofficial gives, on a page that is not in English, an unofficial
// translation of a quoted English clause, beside the quotation and
// marked as such: a translation is never presented as a quote.
func (vw view) unofficial(id policy.CitationID) app.UI {
	return vw.unofficialKey("quote." + string(id))
}

// unofficialKey is unofficial for a quotation's catalog key.
func (vw view) unofficialKey(key string) app.UI {
	if vw.langPrefix() == "" {
		return app.Text("")
	}
	label, t := vw.T("quote.unofficial"), vw.T(key)
	if t == "" {
		return app.Text("")
	}
	return app.P().Class("unofficial-translation").Body(
		app.Strong().Text(label+" "),
		app.Text(t),
	)
}

// q puts words a reader typed or chose between the language's quotation
// marks ("“use”"): marks of the catalog, for input, never for a source.
func (vw view) q(s string) string { return vw.T("mark.open") + s + vw.T("mark.close") }
