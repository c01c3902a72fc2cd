// Package server serves the explorer: the pages go-app prerenders, go-app's
// generated files and the files of web/, all held in memory and sent
// through one function (response.write), routed by a ServeMux built from
// the components' route table, behind the project's middleware (security
// headers, bad paths, access log). Dist writes the same responses to disk
// as a static site.
//
// It is imported only by the server's main.go, never by the browser build,
// so none of it reaches app.wasm.
package server

import (
	"log/slog"
	"net/url"
	"strings"
	"time"
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

	// CacheDir keeps app.wasm compressed at the best level, once per
	// build, under names that carry its hash (see wasmCompressed); WebDir
	// if empty.
	CacheDir string

	// Log receives the access log and warnings; slog.Default() if nil.
	Log *slog.Logger

	// Origin is the site's public origin ("https://example.org"), for
	// absolute addresses: the sitemap and the pages' hreflang alternates.
	// "" leaves them relative (the sitemap is then not written).
	Origin string

	// relative is set by Dist without an Origin: the pages then name no
	// address of their own (no og:url, og:image or absolute embed code).
	relative bool

	// Now is the clock: as-of dates after today have no page. time.Now
	// if nil; tests set it.
	Now func() time.Time
}

// today is the clock's date.
func (c Config) today() string { return c.Now().UTC().Format(time.DateOnly) }

// withDefaults fills the empty fields and normalises Base to "/" or
// "/name/".
func (c Config) withDefaults() Config {
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Origin != "" {
		if u, err := url.Parse(c.Origin); err == nil && u.Host != "" && (u.Scheme == "https" || u.Scheme == "http") {
			c.Origin = u.Scheme + "://" + u.Host
			c.Domain = u.Host
		}
	}
	if c.WebDir == "" {
		c.WebDir = "web"
	}
	if c.Domain == "" {
		c.Domain = DefaultDomain
	}
	if c.CacheDir == "" {
		c.CacheDir = c.WebDir
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
