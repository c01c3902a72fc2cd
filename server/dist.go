package server

import (
	"bytes"
	"errors"
	"fmt"
	htmlpkg "html"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/apl-explorer/explorer/components"
	"github.com/apl-explorer/explorer/policy"
	"golang.org/x/net/html"
)

// distNotFoundPath is requested to render 404.html; no route may match it.
const distNotFoundPath = "/404-page-for-the-static-site"

// Dist writes the explorer as a static site into outDir, for hosting under
// base ("/" or "/explorer/"). Every file is what the handler serves for it,
// requested in memory: each static page and each wizard state as
// <path>.html (see pageFile), 404.html (a static host's answer to any
// other path; go-app's router then draws the right page in the browser),
// go-app's files, web/ (minified, app.wasm with .br and .gz beside it: the
// bytes the live server sends) and _headers.
// It does not use app.GenerateStaticWebsite, which skips regexp routes and
// writes "404 page not found" as a page without an error: here each page is
// checked.
//
// outDir is removed first; it must be absent, empty or an earlier Dist.
func Dist(cfg Config, outDir, base string) error {
	cfg.Base = base
	cfg.Quiet = true
	cfg.relative = cfg.Origin == ""
	s, err := newSite(cfg)
	if err != nil {
		return err
	}
	if s.assets.wasmSize == 0 {
		return fmt.Errorf("writing static site: %s/app.wasm is missing; run make wasm", s.cfg.WebDir)
	}
	if err := resetDir(outDir); err != nil {
		return err
	}
	d := &distWriter{h: s.handler(), out: outDir}

	seeds := components.StaticPaths()
	for _, l := range policy.Languages() {
		for _, u := range policy.AllURLs() {
			seeds = append(seeds, components.LangPrefix(l)+u)
		}
	}
	if err := d.crawl(seeds, s.cfg.Base); err != nil {
		return err
	}
	if err := d.page(distNotFoundPath, http.StatusNotFound, "404.html"); err != nil {
		return err
	}
	for _, p := range goAppFiles {
		if err := d.file(p); err != nil {
			return err
		}
	}
	for _, n := range s.assets.names() {
		a := s.assets.byName[n]
		if err := d.write(n, a.body); err != nil {
			return err
		}
		if a.br != nil {
			if err := d.write(n+".br", a.br); err != nil {
				return err
			}
		}
		if a.gz != nil {
			if err := d.write(n+".gz", a.gz); err != nil {
				return err
			}
		}
		if n == "/web/robots.txt" || n == sitemapName {
			if err := d.write(strings.TrimPrefix(n, "/web"), a.body); err != nil {
				return err
			}
		}
	}
	return d.write("/_headers", []byte(headersFile(s)))
}

// pageFile is where a page path is written: "/" → index.html,
// "/ask/use" → ask/use.html. Static hosts (GitHub Pages, Cloudflare Pages,
// Netlify) serve /ask/use from ask/use.html without a redirect; with
// ask/use/index.html they would redirect to /ask/use/, which is not a
// canonical wizard path.
func pageFile(p string) string {
	if p == "/" || p == "" {
		return "index.html"
	}
	return strings.TrimPrefix(p, "/") + ".html"
}

type distWriter struct {
	h   http.Handler
	out string
}

func (d *distWriter) get(p string) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	d.h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
	return rec
}

// crawl writes the given pages and every page they link to, so that the
// static site is closed under its own links (the wizard links to states
// outside AllPaths, such as changing one answer). A link to a
// non-canonical path gets a small redirect page; a link that answers 404
// is an error.
func (d *distWriter) crawl(start []string, base string) error {
	seen := map[string]bool{}
	queue := append([]string(nil), start...)
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if seen[p] {
			continue
		}
		seen[p] = true
		rec := d.get(p)
		if rec.Code == http.StatusPermanentRedirect {
			to := rec.Header().Get("Location")
			if err := d.write(pageFile(p), redirectPage(to)); err != nil {
				return err
			}
			queue = append(queue, "/"+strings.TrimPrefix(to, base))
			continue
		}
		body, err := d.checkPage(p, rec, http.StatusOK)
		if err != nil {
			return err
		}
		if err := d.write(pageFile(p), body); err != nil {
			return err
		}
		links, err := pageLinks(body, base)
		if err != nil {
			return fmt.Errorf("writing static site: reading links of %s: %w", p, err)
		}
		queue = append(queue, links...)
	}
	return nil
}

// pageLinks lists the local page paths (base removed, no query) that the
// <a> elements of an HTML page point to.
func pageLinks(b []byte, base string) ([]string, error) {
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	var out []string
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode || n.Data != "a" {
			continue
		}
		for _, a := range n.Attr {
			if a.Key != "href" {
				continue
			}
			u, err := url.Parse(a.Val)
			if err != nil || u.Scheme != "" || u.Host != "" || !strings.HasPrefix(u.Path, base) {
				continue
			}
			p := "/" + strings.TrimPrefix(u.Path, base)
			if path.Ext(p) == "" {
				out = append(out, p)
			}
		}
	}
	return out, nil
}

// redirectPage stands in for a 308 on a static host: a meta refresh (not
// a script, so the CSP needs nothing) and a plain link.
func redirectPage(to string) []byte {
	e := htmlpkg.EscapeString(to)
	return []byte(`<!doctype html><html lang="en"><head><meta charset="utf-8">` +
		`<meta http-equiv="refresh" content="0; url=` + e + `"><link rel="canonical" href="` + e + `">` +
		`<meta name="robots" content="noindex"><title>Redirecting</title></head>` +
		`<body><p><a href="` + e + `">Continue</a></p></body></html>`)
}

// page renders p, checks it is an HTML document with the wanted status,
// and writes it.
func (d *distWriter) page(p string, want int, file string) error {
	body, err := d.checkPage(p, d.get(p), want)
	if err != nil {
		return err
	}
	return d.write(file, body)
}

// checkPage checks that a response is an HTML page with the wanted status.
func (d *distWriter) checkPage(p string, rec *httptest.ResponseRecorder, want int) ([]byte, error) {
	body := rec.Body.Bytes()
	switch {
	case rec.Code != want:
		return nil, fmt.Errorf("writing static site: %s answered %d, want %d", p, rec.Code, want)
	case !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html"),
		!bytes.Contains(body, []byte("<html")):
		if want == http.StatusNotFound {
			return nil, fmt.Errorf("writing static site: an unknown path answered %q, not an HTML page; "+
				"register a catch-all route last (app.RouteWithRegexp(`.*`, …)): go-app v10.1.11 ignores app.NotFound", firstLine(body))
		}
		return nil, fmt.Errorf("writing static site: %s is not an HTML page: %q", p, firstLine(body))
	case bytes.Contains(body, []byte("404 page not found")):
		return nil, fmt.Errorf("writing static site: %s rendered go-app's 404 text", p)
	}
	return body, nil
}

// file writes a generated file that must answer 200.
func (d *distWriter) file(p string) error {
	rec := d.get(p)
	if rec.Code != http.StatusOK {
		return fmt.Errorf("writing static site: %s answered %d", p, rec.Code)
	}
	return d.write(p, rec.Body.Bytes())
}

func (d *distWriter) write(name string, b []byte) error {
	f := filepath.Join(d.out, filepath.FromSlash(strings.TrimPrefix(name, "/")))
	if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
		return fmt.Errorf("writing static site: %w", err)
	}
	if err := os.WriteFile(f, b, 0o644); err != nil {
		return fmt.Errorf("writing static site: %w", err)
	}
	return nil
}

// resetDir empties dir, refusing to delete a directory that does not look
// like an earlier static site (a mistyped -out must not wipe a source tree).
func resetDir(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return os.MkdirAll(dir, 0o755)
	}
	if err != nil {
		return fmt.Errorf("writing static site: %w", err)
	}
	if len(entries) > 0 {
		if _, err := os.Stat(filepath.Join(dir, "app-worker.js")); err != nil {
			return fmt.Errorf("writing static site: %s is not empty and holds no earlier static site; not removing it", dir)
		}
	}
	if err := os.RemoveAll(dir); err != nil {
		return fmt.Errorf("writing static site: %w", err)
	}
	return os.MkdirAll(dir, 0o755)
}

func firstLine(b []byte) string {
	s, _, _ := strings.Cut(string(b), "\n")
	if len(s) > 80 {
		s = s[:80]
	}
	return s
}

// headersFile returns the _headers file of Netlify and Cloudflare Pages:
// the live server's security headers for every path, and the /embed/ policy
// that lets any site frame those pages.
//
// Both hosts merge the rules matching a path. Cloudflare Pages removes an
// inherited header with a "! Name" line, which the /embed/ rule uses so its
// policy replaces the general one rather than joining it (two policies are
// both enforced, and the stricter frame-ancestors would win). Netlify has
// no such line: there, serve /embed/ pages from a separate rule set or drop
// frame-ancestors from the general rule.
func headersFile(s *site) string {
	prefix := strings.TrimSuffix(s.cfg.Base, "/")
	var b strings.Builder
	b.WriteString("# Security headers, as sent by the live server (server/headers.go).\n")
	b.WriteString("# Format: Netlify / Cloudflare Pages _headers. Generated by `go run . dist`.\n")
	common := func(path string) {
		h := http.Header{}
		securityHeaders(h, path, s.csp.forPath(path))
		for _, k := range []string{"Content-Security-Policy", "X-Content-Type-Options",
			"Referrer-Policy", "Permissions-Policy", "Cross-Origin-Opener-Policy", "X-Frame-Options"} {
			if v := h.Get(k); v != "" {
				fmt.Fprintf(&b, "  %s: %s\n", k, v)
			}
		}
	}
	fmt.Fprintf(&b, "%s/*\n", prefix)
	common("/")
	fmt.Fprintf(&b, "%s%s*\n", prefix, embedPrefix)
	b.WriteString("  ! Content-Security-Policy\n  ! X-Frame-Options\n")
	fmt.Fprintf(&b, "  Content-Security-Policy: %s\n", s.csp.embed)
	return b.String()
}
