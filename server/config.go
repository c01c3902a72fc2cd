// Package server serves the explorer: go-app's prerendering handler wrapped
// in the project's middleware (methods, security headers, wizard status
// codes, static assets, minification, access log), and writes the same
// responses to disk as a static site (Dist).
//
// It is imported only by the server's main.go, never by the browser build,
// so none of it reaches app.wasm.
package server

import (
	"log/slog"
	"strings"
)

// Site facts shared by the handler and the static site.
const (
	Name        = "Landmine Policy Explorer"
	ShortName   = "APL Explorer"
	Title       = "Landmine Policy Explorer: U.S. APL policy (2022) and the Ottawa Convention"
	Description = "An education tool that compares the United States anti-personnel " +
		"landmine policy of 21 June 2022 with the Ottawa Convention (the Mine Ban " +
		"Treaty), question by question, with the sources quoted."
	ThemeColor      = "#1d3557"
	BackgroundColor = "#ffffff"

	// DefaultDomain names the host in og:url and canonical links when no
	// domain is given. go-app writes "https:///" for an empty domain.
	DefaultDomain = "localhost:8000"
)

// Config is what Handler and Dist need to know about the deployment.
type Config struct {
	// WebDir is the directory served under /web/ ("web" if empty). Its
	// files are read once, when the handler is built: restart the server
	// after changing them (the version changes with them anyway).
	WebDir string

	// Domain is the host name (and port) written into og:url; DefaultDomain
	// if empty.
	Domain string

	// Base is the URL path the site is served under, "/" or "/explorer/".
	// Only Dist uses a base other than "/": the live server serves at the root.
	Base string

	// Quiet turns the access log off.
	Quiet bool

	// FastCompress uses a fast brotli level for app.wasm.br when no fresh
	// precompressed file is found next to app.wasm: the best level takes
	// about 30 s for a 7 MB wasm. Live serving and tests set it; Dist
	// normally does not.
	FastCompress bool

	// Log receives the access log and warnings; slog.Default() if nil.
	Log *slog.Logger
}

// withDefaults fills the empty fields and normalises Base to "/" or
// "/name/".
func (c Config) withDefaults() Config {
	if c.WebDir == "" {
		c.WebDir = "web"
	}
	if c.Domain == "" {
		c.Domain = DefaultDomain
	}
	c.Base = normalizeBase(c.Base)
	if c.Log == nil {
		c.Log = slog.Default()
	}
	return c
}

// normalizeBase turns "", "/", "explorer", "/explorer" and "/explorer/"
// into "/" or "/explorer/".
func normalizeBase(b string) string {
	b = strings.Trim(b, "/")
	if b == "" {
		return "/"
	}
	return "/" + b + "/"
}
