package server

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/apl-explorer/explorer/components"
	"github.com/apl-explorer/explorer/policy"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/tdewolff/minify/v2"
)

// Files of web/ that the page shell refers to. The icons and the loader are
// this package's; app.css is optional (a warning when absent).
const (
	iconDefault  = "/web/icon-192.png"
	iconLarge    = "/web/icon-512.png"
	iconMaskable = "/web/icon-maskable-512.png"
	iconSVG      = "/web/icon.svg"
	loaderCSS    = "/web/loader.css"
	loaderJS     = "/web/loader.js"
	appCSS       = "/web/app.css"
)

// loadingLabel is go-app's documented LoadingLabel: go-app writes the
// download's progress (0 to 100) in place of {progress}, and nothing else,
// so loader.js reads the label as a number.
const loadingLabel = "{progress}"

// goAppFiles are the files go-app generates. The site asks go-app for each
// once, at start-up, and serves its own copy.
var goAppFiles = []string{"/app.js", workerPath, "/manifest.webmanifest", "/wasm_exec.js", "/app.css"}

// workerPath is the service worker's script. Its URL must never change:
// it is the one go-app file that is not versioned, and is always
// revalidated.
const workerPath = "/app-worker.js"

// rootAliases are served at the root from web/, as crawlers look for them
// there (go-app would proxy them with an HTTP request to itself).
var rootAliases = []string{"/robots.txt", "/sitemap.xml", "/ads.txt"}

// notFoundPath is the path the not-found page is rendered at, once; no
// route but the catch-all may match it.
const notFoundPath = "/404"

// site is the explorer's handler with everything it computed at start-up.
type site struct {
	cfg     Config
	app     *app.Handler
	assets  *assets
	files   map[string]*response // goAppFiles, as served
	min     *minify.M
	csp     csp
	version string

	// pages holds every page rendered so far, by path: the static pages
	// and the canonical wizard states, a finite set, each rendered on its
	// first request. Bad wizard paths are rendered per request and not
	// kept, so what clients send cannot grow it.
	pages sync.Map // string → *response
	// notFound is the not-found page per language, rendered once each.
	notFound map[string]func() (*response, error)
}

// Handler builds the explorer's HTTP handler: go-app's handler configured
// for the explorer, behind the project's middleware. The routes must have
// been registered (components.Register) before it is called.
func Handler(cfg Config) (http.Handler, error) {
	s, err := newSite(cfg)
	if err != nil {
		return nil, err
	}
	return s.handler(), nil
}

func newSite(cfg Config) (*site, error) {
	cfg = cfg.withDefaults()
	warn := func(msg string, args ...any) { cfg.Log.Warn(msg, args...) }
	m := newMinifier()
	a, err := loadAssets(cfg.WebDir, cfg.CacheDir, m, warn)
	if err != nil {
		return nil, err
	}
	if err := a.addExports(); err != nil {
		return nil, err
	}
	for _, req := range []string{iconDefault, iconLarge, iconMaskable, iconSVG, loaderCSS, loaderJS} {
		if a.byName[req] == nil {
			return nil, fmt.Errorf("building handler: %s is missing from %s", req, cfg.WebDir)
		}
	}
	styles := []string{loaderCSS}
	if a.byName[appCSS] != nil {
		styles = []string{appCSS, loaderCSS}
	} else {
		warn("web/app.css is missing: pages are unstyled")
	}

	hashes := map[string]string{}
	var cacheable []string
	for _, n := range a.names() {
		hashes[n] = a.byName[n].tag
		// Catalogs of other languages than English are kept by the worker
		// when a page in that language fetches them: precached per
		// visited language (server/worker.js).
		if strings.HasPrefix(n, "/web/") && !strings.HasSuffix(n, ".txt") && !strings.HasSuffix(n, ".xml") &&
			(!strings.HasPrefix(n, "/web/catalog/") || n == CatalogPath(policy.Languages()[0].ID)) {
			cacheable = append(cacheable, n)
		}
	}
	// The main pages are precached with the shell: offline, before
	// app.wasm is there to draw any page, they still work (as links), and
	// the offline pages point to them.
	for _, p := range components.Pages {
		if p.Path != "/" {
			cacheable = append(cacheable, p.Path)
		}
	}
	wasmBytes := 0 // what app.wasm weighs on the wire, for the offline button
	if w := a.byName[wasmName]; w != nil {
		wasmBytes = len(w.body)
		if w.br != nil {
			wasmBytes = len(w.br)
		}
	}

	newApp := func(hashes map[string]string) *app.Handler {
		h := &app.Handler{
			Name:            Name,
			ShortName:       ShortName,
			Title:           Title,
			Description:     Description,
			Lang:            "en",
			ThemeColor:      ThemeColor,
			BackgroundColor: BackgroundColor,
			Domain:          cfg.Domain,
			Image:           iconLarge,
			Icon: app.Icon{
				Default:  iconDefault,
				Large:    iconLarge,
				Maskable: iconMaskable,
				// The favicon is inline (a data: URL, which img-src
				// allows): browsers fetch a linked favicon again at
				// every page load, even when it is cached for a year.
				SVG: "data:image/svg+xml;base64," + base64.StdEncoding.EncodeToString(a.byName[iconSVG].body),
			},
			Styles:                styles,
			Scripts:               []string{loaderJS + " defer"},
			CacheableResources:    cacheable,
			LoadingLabel:          loadingLabel,
			Resources:             resolver{base: cfg.Base, hashes: hashes},
			ServiceWorkerTemplate: workerJS,
			Env: map[string]string{
				"APL_START_DELAY_MS": strconv.Itoa(StartDelay),
				"APL_WASM_BYTES":     strconv.Itoa(wasmBytes),
				// The site's public address, for the embed snippets the
				// prerendered pages show (the browser uses its own location).
				"APL_ORIGIN": siteOrigin(cfg),
				// Each catalog's content hash, so the browser fetches the
				// versioned URL the service worker keeps.
				"APL_CATALOGS": catalogVersions(hashes),
			},
		}
		if a.wasmSize > 0 {
			// app.js counts decoded bytes, so the total is the raw size, also
			// when the wasm travels compressed without a Content-Length.
			h.WasmContentLength = strconv.Itoa(a.wasmSize)
		}
		// The version is also each page's ETag: with the Go release, the
		// pins of go-app's files and the site's patches to app.js, it
		// covers what the pages link (go-app's files carry their hashes).
		h.Version = a.version(runtime.Version(), cfg.Base, cfg.Domain, h.Name, h.ShortName,
			h.Title, h.Description, h.ThemeColor, h.BackgroundColor, h.LoadingLabel, workerJS,
			goAppJSSHA256, goAppWorkerSHA256, fmt.Sprint(appJSPatches))
		return h
	}

	// go-app writes the links to its own files (app.css, app.js,
	// wasm_exec.js, the manifest) into every page through the resolver, as
	// it writes those of web/. Their content does not depend on their own
	// names, so a first handler yields their content hashes, and the
	// site's handler links them as "/app.js?v=<hash>", which are cached
	// for a year: a step's page load asks the server for the page only.
	// Its worker precaches those same names.
	first := &site{cfg: cfg, app: newApp(hashes), assets: a, min: m}
	if first.files, err = first.goAppFiles(); err != nil {
		return nil, err
	}
	versioned := maps.Clone(hashes)
	for _, n := range goAppFiles {
		if n != workerPath {
			versioned[n] = first.files[n].tag
		}
	}
	h := newApp(versioned)
	s := &site{
		cfg:     cfg,
		app:     h,
		assets:  a,
		min:     m,
		csp:     newCSP(),
		version: h.Version,
	}
	s.notFound = map[string]func() (*response, error){}
	for _, l := range policy.Languages() {
		s.notFound[l.ID] = sync.OnceValues(func() (*response, error) {
			b, err := s.render(components.LangPrefix(l) + notFoundPath)
			return newResponse(htmlType, b, ""), err
		})
	}
	s.addSitemap()
	if s.files, err = s.goAppFiles(); err != nil {
		return nil, err
	}
	for n, tag := range versioned {
		if f := s.files[n]; f != nil && f.tag != tag {
			return nil, fmt.Errorf("building handler: go-app's %s changed with the names of its files; "+
				"its versioned link would be stale (see newSite)", n)
		}
	}
	return s, nil
}

const htmlType = "text/html; charset=utf-8"

// catalogVersions lists each language's catalog hash: "en=…,fr=…".
func catalogVersions(hashes map[string]string) string {
	var parts []string
	for _, l := range policy.Languages() {
		parts = append(parts, l.ID+"="+hashes[CatalogPath(l.ID)])
	}
	return strings.Join(parts, ",")
}

// goAppFiles asks go-app for its generated files, applies the site's
// changes (the manifest's scope, app.js's deferred start) and minifies
// them. A change that no longer applies fails here, at start-up.
func (s *site) goAppFiles() (map[string]*response, error) {
	files := map[string]*response{}
	for _, name := range goAppFiles {
		bw := &bufferWriter{header: http.Header{}}
		req, err := http.NewRequest(http.MethodGet, name, nil)
		if err != nil {
			return nil, err
		}
		s.app.ServeHTTP(bw, req)
		if bw.code != http.StatusOK {
			return nil, fmt.Errorf("building handler: go-app answered %s with %d", name, bw.code)
		}
		body, ctype := bw.buf.Bytes(), bw.header.Get("Content-Type")
		switch name {
		case "/manifest.webmanifest":
			body, err = s.fixManifest(body)
		case "/app.js":
			body, err = patchAppJS(body)
		}
		if err == nil {
			body, err = minifyBytes(s.min, ctype, body)
		}
		if err != nil {
			return nil, fmt.Errorf("building handler: %s: %w", name, err)
		}
		files[name] = newResponse(ctype, body, contentTag(body))
	}
	return files, nil
}

// handler routes a request and wraps it in the middleware, outermost
// first: access log, security headers, bad paths.
func (s *site) handler() http.Handler {
	mux := s.routes()
	var h http.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.Contains(r.URL.Path, "//") {
			// ServeMux would redirect to the path with one slash; there is
			// no page at such a path.
			if r.Method == http.MethodGet || r.Method == http.MethodHead {
				s.serveNotFound(w, r)
			} else {
				methodNotAllowed(w, r)
			}
			return
		}
		mux.ServeHTTP(w, r)
	})
	h = rejectBadPaths(h)
	h = withSecurityHeaders(s.csp, h)
	if !s.cfg.Quiet {
		h = withAccessLog(s.cfg.Log, h)
	}
	return h
}

// routes is the site's routing table. Patterns name GET, which also
// takes HEAD; any other method falls to the method-less "/" and gets 405
// (the explorer has no forms and no API).
func (s *site) routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/", methodNotAllowed)
	mux.HandleFunc("GET /", s.serveNotFound)
	mux.HandleFunc("GET /web/{file...}", func(w http.ResponseWriter, r *http.Request) {
		s.serveAsset(w, r, r.URL.Path)
	})
	for _, n := range s.assets.names() {
		if !strings.HasPrefix(n, "/web/") {
			mux.HandleFunc("GET "+n, func(w http.ResponseWriter, r *http.Request) { s.serveAsset(w, r, n) })
		}
	}
	for _, n := range rootAliases {
		mux.HandleFunc("GET "+n, func(w http.ResponseWriter, r *http.Request) { s.serveAsset(w, r, "/web"+n) })
	}
	for n, f := range s.files {
		mux.HandleFunc("GET "+n, func(w http.ResponseWriter, r *http.Request) { serveVersioned(w, r, f) })
	}
	// Every page in every language, the language prefixes listed
	// literally ("/{lang}/" would collide with "/web/").
	for _, l := range policy.Languages() {
		pre := components.LangPrefix(l)
		for _, p := range components.Pages {
			for _, at := range p.PathsIn(l) {
				if p.States {
					mux.HandleFunc("GET "+at, s.serveState)
					mux.HandleFunc("GET "+at+"/{state...}", s.serveState)
					// The same states as of a date: /as-of/{date}/ask/….
					asOf := strings.TrimSuffix(at, p.Path) + policy.AsOfSegment + "{date}" + p.Path
					mux.HandleFunc("GET "+asOf, s.serveState)
					mux.HandleFunc("GET "+asOf+"/{state...}", s.serveState)
					continue
				}
				pattern := at
				if strings.HasSuffix(at, "/") {
					pattern = at + "{$}"
				}
				mux.HandleFunc("GET "+pattern, func(w http.ResponseWriter, r *http.Request) { s.servePage(w, r, at) })
			}
		}
		if pre != "" {
			// "/fr" is the French home page's address without its slash.
			mux.HandleFunc("GET "+pre, func(w http.ResponseWriter, r *http.Request) { s.redirect(w, r, pre+"/") })
		}
	}
	// "/en/…" is English, which is unprefixed.
	en := "/" + policy.Languages()[0].ID
	mux.HandleFunc("GET "+en, func(w http.ResponseWriter, r *http.Request) { s.redirect(w, r, "/") })
	mux.HandleFunc("GET "+en+"/{rest...}", func(w http.ResponseWriter, r *http.Request) {
		s.redirect(w, r, strings.TrimPrefix(r.URL.EscapedPath(), en))
	})
	return mux
}

func methodNotAllowed(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Allow", "GET, HEAD")
	http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
}

// serveAsset answers a file of web/ (or /policy.json).
func (s *site) serveAsset(w http.ResponseWriter, r *http.Request, name string) {
	a := s.assets.byName[name]
	if a == nil {
		http.NotFound(w, r)
		return
	}
	serveVersioned(w, r, a)
}

// serveVersioned answers a file that the pages link with its content
// hash (?v=, as the resolver writes it): cached for a year at that URL;
// any other URL must be revalidated with the ETag.
func serveVersioned(w http.ResponseWriter, r *http.Request, res *response) {
	cc := "no-cache"
	if r.URL.Query().Get("v") == res.tag {
		cc = "public, max-age=31536000, immutable"
	}
	res.write(w, r, http.StatusOK, cc)
}

// serveState answers a wizard path: the page of a canonical state, a 308
// to the canonical path of a state written otherwise, and 404 with the
// wizard's explanation for a path that is no state. Paths are judged as
// sent: "/ask/use%2fapl" is not the canonical "/ask/use/apl", and the
// page component reads it escaped too.
func (s *site) serveState(w http.ResponseWriter, r *http.Request) {
	p := r.URL.EscapedPath()
	lang, rest := policy.LanguageOfPath(p)
	prefix := components.LangPrefix(lang)
	if strings.HasPrefix(rest, components.EmbedPrefix+"/") {
		prefix += components.EmbedPrefix
	}
	st, err := policy.ParseURL(strings.TrimPrefix(p, prefix), s.cfg.today())
	switch {
	case err != nil:
		// Rendered per request and not kept: the set of bad paths has no
		// end. The status comes from here; go-app draws the wizard's
		// explanation with 200.
		b, rerr := s.render(p)
		if rerr != nil {
			s.fail(w, r, rerr)
			return
		}
		(&response{ctype: htmlType, body: b}).write(w, r, http.StatusNotFound, "no-cache")
	case prefix+st.URL() != p:
		s.redirect(w, r, prefix+st.URL())
	default:
		s.servePage(w, r, p)
	}
}

// redirect answers 308 to a site path, under the base, keeping the query.
func (s *site) redirect(w http.ResponseWriter, r *http.Request, to string) {
	location := strings.TrimSuffix(s.cfg.Base, "/") + to
	if r.URL.RawQuery != "" {
		location += "?" + r.URL.RawQuery
	}
	w.Header().Set("Cache-Control", "no-cache")
	http.Redirect(w, r, location, http.StatusPermanentRedirect)
}

// servePage answers the page at path p, rendered on its first request.
func (s *site) servePage(w http.ResponseWriter, r *http.Request, p string) {
	if v, ok := s.pages.Load(p); ok {
		v.(*response).write(w, r, http.StatusOK, "no-cache")
		return
	}
	b, err := s.render(p)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	v, _ := s.pages.LoadOrStore(p, newResponse(htmlType, b, s.version))
	v.(*response).write(w, r, http.StatusOK, "no-cache")
}

// serveNotFound answers a path that is no page with the not-found page,
// rendered once, and status 404.
func (s *site) serveNotFound(w http.ResponseWriter, r *http.Request) {
	l, _ := policy.LanguageOfPath(r.URL.EscapedPath())
	res, err := s.notFound[l.ID]()
	if err != nil {
		s.fail(w, r, err)
		return
	}
	res.write(w, r, http.StatusNotFound, "no-cache")
}

func (s *site) fail(w http.ResponseWriter, r *http.Request, err error) {
	s.cfg.Log.Error("rendering", "path", r.URL.Path, "err", err)
	http.Error(w, "internal error", http.StatusInternalServerError)
}

// render has go-app prerender the page at the escaped path p, and
// minifies it. go-app's servePage sets Content-Length and writes without
// WriteHeader, so its output is collected whole, never rewritten in flight.
func (s *site) render(p string) ([]byte, error) {
	req, err := http.NewRequest(http.MethodGet, p, nil)
	if err != nil {
		return nil, err
	}
	bw := &bufferWriter{header: http.Header{}}
	s.app.ServeHTTP(bw, req)
	body := bw.buf.Bytes()
	if bw.code != http.StatusOK || !bytes.Contains(body, []byte("<html")) {
		return nil, fmt.Errorf("go-app rendered %s with status %d, not a page (%.40q); "+
			"every path needs a route: register a catch-all route last, as go-app v10.1.11 ignores app.NotFound",
			p, bw.code, body)
	}
	body, err = s.localize(body, p)
	if err != nil {
		return nil, err
	}
	return minifyBytes(s.min, htmlType, body)
}

// fixManifest narrows the manifest's scope, which go-app fixes at "/", to
// the base, and gives the app an id that does not move with start_url.
func (s *site) fixManifest(b []byte) ([]byte, error) {
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("reading go-app's manifest: %w", err)
	}
	m["scope"] = s.cfg.Base
	m["id"] = s.cfg.Base
	return json.Marshal(m)
}

// bufferWriter collects a response of go-app's.
type bufferWriter struct {
	header http.Header
	code   int
	buf    bytes.Buffer
}

func (b *bufferWriter) Header() http.Header { return b.header }

func (b *bufferWriter) WriteHeader(code int) {
	if b.code == 0 {
		b.code = code
	}
}

func (b *bufferWriter) Write(p []byte) (int, error) {
	if b.code == 0 {
		b.code = http.StatusOK
	}
	return b.buf.Write(p)
}

// siteOrigin is the public address of the site: https on a real domain,
// http on localhost, with the base path.
func siteOrigin(cfg Config) string {
	if cfg.relative {
		return strings.TrimSuffix(cfg.Base, "/")
	}
	if cfg.Origin != "" {
		return cfg.Origin + strings.TrimSuffix(cfg.Base, "/")
	}
	scheme := "https://"
	if host := strings.Split(cfg.Domain, ":")[0]; host == "localhost" || host == "127.0.0.1" {
		scheme = "http://"
	}
	return scheme + cfg.Domain + strings.TrimSuffix(cfg.Base, "/")
}
