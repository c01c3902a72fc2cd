package server

import (
	"net/http"
	"strings"
	"testing"
)

func TestNegotiateEncoding(t *testing.T) {
	for _, tt := range []struct {
		accept string
		br, gz bool
		want   string
	}{
		{"br, gzip", true, true, "br"},
		{"br, gzip", false, true, "gzip"},
		{"gzip;q=0.5, br;q=0", true, true, "gzip"},
		{"GZIP", true, true, "gzip"},
		{"*;q=0", true, true, ""},
		{"deflate", true, true, ""},
	} {
		if got := negotiateEncoding(tt.accept, tt.br, tt.gz); got != tt.want {
			t.Errorf("%q (br %v gz %v): %q, want %q", tt.accept, tt.br, tt.gz, got, tt.want)
		}
	}
}

// Every response carries the security headers of headers.go; only
// /embed/ pages may be framed by another site.
func TestSecurityHeaders(t *testing.T) {
	h := testHandler(t)
	for _, tt := range []struct {
		method, path string
		embed        bool // may be framed by any site, not only this one
	}{
		{"GET", "/", false},
		{"GET", "/ask/use/apl/korea", false},
		{"GET", "/ask/korea/apl/use", false},
		{"GET", "/nope", false},
		{"GET", "/web/icon.svg", false},
		{"GET", "/app.js", false},
		{"POST", "/", false},
		{"GET", "/web/../x", false},
		{"GET", "/embed/x", true},
		{"GET", "/embed/ask/use/apl/korea", true},
	} {
		rec := do(h, tt.method, tt.path)
		hd := rec.Header()
		csp := hd.Get("Content-Security-Policy")
		frame := "frame-ancestors 'self'"
		if tt.embed {
			frame = "frame-ancestors *"
		}
		for _, want := range []string{
			"default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'",
			"img-src 'self' data:", "connect-src 'self'", "manifest-src 'self'", "worker-src 'self'",
			"base-uri 'self'", "form-action 'self'", frame,
		} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s %s: CSP %q lacks %q", tt.method, tt.path, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "'unsafe-eval'") {
			t.Errorf("%s: CSP allows inline code or eval: %q", tt.path, csp)
		}
		for k, v := range map[string]string{
			"X-Content-Type-Options":     "nosniff",
			"Referrer-Policy":            "no-referrer",
			"Cross-Origin-Opener-Policy": "same-origin",
		} {
			if hd.Get(k) != v {
				t.Errorf("%s: %s = %q, want %q", tt.path, k, hd.Get(k), v)
			}
		}
		pp := hd.Get("Permissions-Policy")
		for _, f := range []string{"camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "interest-cohort=()"} {
			if !strings.Contains(pp, f) {
				t.Errorf("%s: Permissions-Policy lacks %s", tt.path, f)
			}
		}
		if hd.Get("Server") != "" {
			t.Errorf("%s: Server header %q", tt.path, hd.Get("Server"))
		}
		if xfo := hd.Get("X-Frame-Options"); (xfo == "") != tt.embed {
			t.Errorf("%s: X-Frame-Options %q", tt.path, xfo)
		}
	}
}

// No response sets a cookie, every response withholds the referrer, and
// no page names another site in a script, style, image, font, frame or
// connection source: answers live in the URL only and nothing leaves the
// origin.
func TestPrivacy(t *testing.T) {
	h := testHandler(t)
	paths := append([]string{"/nope", "/ask/use/bogus", "/web/app.css", "/policy.json"}, goAppFiles...)
	paths = append(paths, everyPage(t)...)
	for _, p := range paths {
		rec := do(h, http.MethodGet, p)
		if c := rec.Header().Values("Set-Cookie"); len(c) > 0 {
			t.Errorf("%s sets a cookie: %v", p, c)
		}
		if rp := rec.Header().Get("Referrer-Policy"); rp != "no-referrer" {
			t.Errorf("%s: Referrer-Policy %q", p, rp)
		}
		if !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
			continue
		}
		body := rec.Body.String()
		for _, attr := range []string{`src="http`, `src="//`, `href="//`, `<link rel="preconnect"`} {
			if strings.Contains(body, attr) {
				t.Errorf("%s: page loads from another origin (%s)", p, attr)
			}
		}
		// Stylesheets, scripts and icons are local; outbound <a> links to
		// sources are allowed (they are navigations the reader chooses).
		for _, tag := range []string{`<link rel="stylesheet" href="http`, `<script src="http`, `<link rel="icon" href="http`} {
			if strings.Contains(body, tag) {
				t.Errorf("%s: %s", p, tag)
			}
		}
	}
}
