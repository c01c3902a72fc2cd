package server

import (
	"bytes"
	"fmt"
	"html"
	"regexp"
	"strings"

	"github.com/apl-explorer/explorer/components"
	"github.com/apl-explorer/explorer/policy"
)

// localize finishes a rendered page for its language: the writing
// direction on <html> (go-app writes lang from the page, set by the
// components, but has no dir), and the same page's address in every
// language as hreflang alternates, which must be absolute: only when the
// site's origin is configured. It fails if go-app's output no longer has the anchors it
// edits, so a go-app change is a failed test, not a wrong page.
func (s *site) localize(body []byte, p string) ([]byte, error) {
	lang, rest := policy.LanguageOfPath(p)
	open := []byte(`<html lang="` + lang.ID + `"`)
	if !bytes.Contains(body, open) {
		return nil, fmt.Errorf("localizing %s: go-app's page has no %s (did the component set the page's language?)", p, open)
	}
	body = bytes.Replace(body, open, []byte(`<html lang="`+lang.ID+`" dir="`+lang.Dir+`"`), 1)
	end := []byte("</head>")
	if !bytes.Contains(body, end) {
		return nil, fmt.Errorf("localizing %s: go-app's page has no </head>", p)
	}
	var links strings.Builder
	for _, l := range policy.Languages() {
		if !components.IsPage(rest) || s.origin() == "" {
			// A not-found page has no address in other languages; and
			// hreflang addresses must be absolute, so without the site's
			// origin there are none (the language switch still links).
			break
		}
		fmt.Fprintf(&links, `<link rel="alternate" hreflang="%s" href="%s">`, l.ID, html.EscapeString(s.pageURL(l, rest)))
	}
	if links.Len() > 0 {
		fmt.Fprintf(&links, `<link rel="alternate" hreflang="x-default" href="%s">`, html.EscapeString(s.pageURL(policy.Languages()[0], rest)))
	}
	body = bytes.Replace(body, end, []byte(links.String()+"</head>"), 1)
	if s.cfg.relative {
		// No origin: the page names no address of its own.
		body = ogMeta.ReplaceAll(body, nil)
	}
	return body, nil
}

// ogMeta matches go-app's og:url and og:image tags, whatever their
// attribute order.
var ogMeta = regexp.MustCompile(`<meta [^>]*property="og:(?:url|image)"[^>]*>`)

// pageURL is a page's address in a language: absolute under the
// configured origin, else a path under the base.
func (s *site) pageURL(l policy.Language, rest string) string {
	return strings.TrimSuffix(s.origin(), "/") + strings.TrimSuffix(s.cfg.Base, "/") + components.LangPrefix(l) + rest
}

// origin is the site's configured public origin ("https://example.org"),
// or "" when none is set: the request's Host is never trusted.
func (s *site) origin() string { return s.cfg.Origin }

// sitemapName is where the sitemap is kept among the assets; it is served
// at /sitemap.xml too.
const sitemapName = "/web/sitemap.xml"

// addSitemap lists every page in every language, with absolute addresses
// under the configured origin (never the request's Host). Without an
// origin there is no sitemap: relative addresses are not allowed in one.
func (s *site) addSitemap() {
	if s.cfg.Origin == "" {
		return
	}
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	for _, l := range policy.Languages() {
		paths := []string{}
		for _, p := range components.Pages {
			if !p.States {
				paths = append(paths, p.Path)
			}
		}
		paths = append(paths, policy.AllURLs()...)
		for _, p := range paths {
			fmt.Fprintf(&b, "<url><loc>%s</loc></url>\n", html.EscapeString(s.pageURL(l, p)))
		}
	}
	b.WriteString("</urlset>\n")
	body := []byte(b.String())
	s.assets.byName[sitemapName] = newResponse("application/xml; charset=utf-8", body, contentTag(body))
}
