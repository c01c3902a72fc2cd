package server

import (
	"net/http"
	"strings"

	"github.com/apl-explorer/explorer/components"
)

// embedPrefix is the path under which pages may be framed by any site:
// the components' chrome-less pages.
const embedPrefix = components.EmbedPrefix + "/"

// securityHeaders are set on every response. The content security policy
// is built by newCSP.
//
// What go-app needs, read from its v10.1.11 source:
//   - scripts: /wasm_exec.js and /app.js, both external and deferred; the
//     page has no inline script and no event-handler attribute, and neither
//     file calls eval or new Function. WebAssembly compilation needs
//     'wasm-unsafe-eval' (not 'unsafe-eval').
//   - styles: /app.css and the Styles, external. go-app writes no style
//     attribute itself; a component calling .Style() would (prerendered as
//     style="…", set with setAttribute in the browser) and be blocked, so
//     components use classes (the tests check no page has a style attribute).
//     The loader's progress bar is set through the CSSOM
//     (element.style.setProperty), which style-src does not govern.
//   - the service worker, manifest, wasm fetch: same origin.
//
// No inline script or style is allowed: the handler sets no RawHeaders.
func securityHeaders(h http.Header, path string, csp string) {
	h.Set("Content-Security-Policy", csp)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Permissions-Policy", permissionsPolicy)
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	if !strings.HasPrefix(path, embedPrefix) {
		h.Set("X-Frame-Options", "SAMEORIGIN")
	}
}

// permissionsPolicy denies the powerful features the explorer never uses.
const permissionsPolicy = "accelerometer=(), autoplay=(), camera=(), display-capture=(), " +
	"encrypted-media=(), geolocation=(), gyroscope=(), hid=(), interest-cohort=(), " +
	"magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), " +
	"serial=(), usb=(), xr-spatial-tracking=(), browsing-topics=()"

// csp holds the two Content-Security-Policy header values: framing by the
// same origin only, and framing by anyone for /embed/.
type csp struct {
	normal, embed string
}

func (c csp) forPath(path string) string {
	if strings.HasPrefix(path, embedPrefix) {
		return c.embed
	}
	return c.normal
}

func newCSP() csp {
	directives := func(frame string) string {
		return strings.Join([]string{
			"default-src 'self'",
			"script-src 'self' 'wasm-unsafe-eval'",
			"style-src 'self'",
			"img-src 'self' data:",
			"font-src 'self'",
			"connect-src 'self'",
			"manifest-src 'self'",
			"worker-src 'self'",
			"object-src 'none'",
			"base-uri 'self'",
			"form-action 'self'",
			"frame-ancestors " + frame,
		}, "; ")
	}
	return csp{normal: directives("'self'"), embed: directives("*")}
}
