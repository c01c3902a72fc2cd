package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"runtime"
	"strconv"
	"strings"

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

// loadingLabel is what go-app writes into the loader; loader.js reads the
// number back to draw the progress bar.
const loadingLabel = "Loading the interactive version: {progress}%"

// site is the explorer's handler with everything it computed at start-up.
type site struct {
	cfg     Config
	app     *app.Handler
	assets  *assets
	min     *minify.M
	csp     policies
	version string
	cache   pageCache
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
	a, err := loadAssets(cfg.WebDir, m, cfg.FastCompress, warn)
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
	tmpl, err := defaultWorkerTemplate()
	if err != nil {
		return nil, err
	}

	hashes := map[string]string{}
	var cacheable []string
	for _, n := range a.names() {
		hashes[n] = a.byName[n].hash
		if strings.HasPrefix(n, "/web/") && !strings.HasSuffix(n, ".txt") && !strings.HasSuffix(n, ".xml") {
			cacheable = append(cacheable, n)
		}
	}

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
			SVG:      iconSVG,
		},
		Styles:                styles,
		Scripts:               []string{loaderJS + " defer"},
		CacheableResources:    cacheable,
		LoadingLabel:          loadingLabel,
		Resources:             resolver{base: cfg.Base, hashes: hashes},
		ServiceWorkerTemplate: tmpl,
		Env: map[string]string{
			"APL_START_DELAY_MS": strconv.Itoa(StartDelay),
			// The site's public address, for the embed snippets the
			// prerendered pages show (the browser uses its own location).
			"APL_ORIGIN": siteOrigin(cfg),
		},
	}
	if a.wasmSize > 0 {
		// app.js counts decoded bytes, so the total is the raw size, also
		// when the wasm travels compressed without a Content-Length.
		h.WasmContentLength = strconv.Itoa(a.wasmSize)
	}
	h.Version = a.version(runtime.Version(), cfg.Base, cfg.Domain, h.Name, h.ShortName,
		h.Title, h.Description, h.ThemeColor, h.BackgroundColor, h.LoadingLabel,
		strings.Join(h.RawHeaders, "\n"), tmpl)

	return &site{
		cfg:     cfg,
		app:     h,
		assets:  a,
		min:     m,
		csp:     newPolicies(h.RawHeaders),
		version: h.Version,
	}, nil
}

// handler chains the middleware, outermost first.
func (s *site) handler() http.Handler {
	var h http.Handler = http.HandlerFunc(s.route)
	h = rejectBadPaths(h)
	h = allowMethods(h)
	h = withSecurityHeaders(s.csp, h)
	if !s.cfg.Quiet {
		h = withAccessLog(s.cfg.Log, h)
	}
	return h
}

// goAppFiles are the files go-app generates and serves itself.
var goAppFiles = map[string]bool{
	"/app.js": true, "/app-worker.js": true, "/manifest.webmanifest": true,
	"/wasm_exec.js": true, "/app.css": true,
}

// route sends /web/ to the assets, decides the status of a page, and lets
// go-app render it.
func (s *site) route(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Path
	switch {
	case strings.HasPrefix(p, "/web/"):
		s.serveAsset(w, r, p)
		return
	case s.assets.byName[p] != nil:
		s.serveAsset(w, r, p)
		return
	case p == "/robots.txt", p == "/sitemap.xml", p == "/ads.txt":
		// go-app would proxy these with an HTTP request to itself.
		s.serveAsset(w, r, "/web"+p)
		return
	case goAppFiles[p]:
		s.serveApp(w, r, http.StatusOK)
		return
	}
	// Pages are judged on the path as sent: "/ask/use%2fapl" is not the
	// canonical "/ask/use/apl", and the page component reads it escaped too.
	status, location := s.pageStatus(r.URL.EscapedPath())
	if location != "" {
		if r.URL.RawQuery != "" {
			location += "?" + r.URL.RawQuery
		}
		w.Header().Set("Cache-Control", "no-cache")
		http.Redirect(w, r, strings.TrimSuffix(s.cfg.Base, "/")+location, http.StatusPermanentRedirect)
		return
	}
	s.serveApp(w, r, status)
}

// pageStatus says how to answer a page path: 200, 404, or 308 to the
// canonical wizard path. go-app routes a bad wizard path to the wizard's
// component (which explains the error) and renders it with status 200; the
// status comes from here.
func (s *site) pageStatus(p string) (status int, location string) {
	for _, prefix := range wizardPrefixes {
		rest, ok := strings.CutPrefix(p, prefix)
		if !ok || !strings.HasPrefix(rest, "/ask") {
			continue
		}
		st, err := policy.ParsePath(rest)
		if err != nil {
			var ie *policy.InputError
			if errors.As(err, &ie) && ie.Problem == policy.ProblemNotWizard {
				continue // "/asking" is not a wizard path
			}
			return http.StatusNotFound, ""
		}
		if st.Path != rest {
			return 0, prefix + st.Path
		}
		return http.StatusOK, ""
	}
	if components.IsPage(p) {
		return http.StatusOK, ""
	}
	return http.StatusNotFound, ""
}

// wizardPrefixes are where wizard paths live: "/ask…" itself and the
// framable "/embed/ask…".
var wizardPrefixes = []string{"", components.EmbedPrefix}

// serveApp runs go-app's handler into a buffer, then sets the status,
// minifies the body and writes it with its true length. Buffering is what
// makes this safe: go-app's servePage sets Content-Length and writes without
// WriteHeader, so a streaming rewriter would truncate the page.
func (s *site) serveApp(w http.ResponseWriter, r *http.Request, status int) {
	if status == http.StatusOK && s.cache.serve(w, r) {
		return
	}
	if status != http.StatusOK {
		// go-app answers 304 to any path whose If-None-Match is the
		// version; a missing page must not be "not modified".
		r = r.Clone(r.Context())
		r.Header.Del("If-None-Match")
	}
	before := w.Header().Clone()
	bw := &bufferWriter{header: w.Header()}
	s.app.ServeHTTP(bw, r)

	code := bw.code
	if code == 0 {
		code = http.StatusOK
	}
	if code == http.StatusOK {
		code = status
	}
	body := bw.buf.Bytes()
	h := w.Header()
	if strings.HasPrefix(h.Get("Content-Type"), "text/html") {
		h.Set("Content-Type", "text/html; charset=utf-8")
	}
	if code == http.StatusOK || code == http.StatusNotFound {
		var err error
		switch r.URL.Path {
		case "/manifest.webmanifest":
			body, err = s.fixManifest(body)
		case "/app.js":
			body, err = patchAppJS(body)
		}
		if err == nil {
			body, err = minifyBytes(s.min, h.Get("Content-Type"), body)
		}
		if err != nil {
			s.cfg.Log.Error("rewriting response", "path", r.URL.Path, "err", err)
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
	}
	if code != http.StatusNotModified {
		h.Set("Content-Length", strconv.Itoa(len(body)))
	}
	if code == http.StatusOK && status == http.StatusOK && r.Header.Get("If-None-Match") == "" && cacheable(r) {
		// Stored, then served from the store: compressed like every
		// later request for the page.
		s.cache.store(r, before, h, body)
		if s.cache.serve(w, r) {
			return
		}
	}
	w.WriteHeader(code)
	if r.Method != http.MethodHead && code != http.StatusNotModified {
		w.Write(body)
	}
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

// bufferWriter collects a response; headers go straight to the real writer.
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
	scheme := "https://"
	if host := strings.Split(cfg.Domain, ":")[0]; host == "localhost" || host == "127.0.0.1" {
		scheme = "http://"
	}
	return scheme + cfg.Domain + strings.TrimSuffix(cfg.Base, "/")
}
