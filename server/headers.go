package server

import (
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"sort"
	"strings"

	"github.com/apl-explorer/explorer/components"
	"golang.org/x/net/html"
)

// embedPrefix is the path under which pages may be framed by any site:
// the components' chrome-less pages.
const embedPrefix = components.EmbedPrefix + "/"

// securityHeaders are set on every response. The content security policy
// is built by csp.
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
// Inline scripts or styles placed in Handler.RawHeaders are allowed by their
// sha256 hash, computed at start-up (inlineHashes), never by 'unsafe-inline'.
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

// policies holds the two content security policies: framing by the same
// origin only, and framing by anyone for /embed/.
type policies struct {
	normal, embed string
}

func (p policies) forPath(path string) string {
	if strings.HasPrefix(path, embedPrefix) {
		return p.embed
	}
	return p.normal
}

// newPolicies builds the content security policies, allowing the inline
// scripts and styles found in rawHeaders by hash.
func newPolicies(rawHeaders []string) policies {
	scripts, styles := inlineHashes(rawHeaders)
	src := func(base string, hashes []string) string {
		return strings.Join(append([]string{base}, hashes...), " ")
	}
	directives := func(frame string) string {
		return strings.Join([]string{
			"default-src 'self'",
			src("script-src 'self' 'wasm-unsafe-eval'", scripts),
			src("style-src 'self'", styles),
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
	return policies{normal: directives("'self'"), embed: directives("*")}
}

// inlineHashes returns the CSP hash sources ('sha256-…') of the inline
// <script> and <style> elements in the raw header snippets.
func inlineHashes(raw []string) (scripts, styles []string) {
	for _, r := range raw {
		z := html.NewTokenizer(strings.NewReader(r))
		var in string
		for {
			tt := z.Next()
			if tt == html.ErrorToken {
				break
			}
			switch tt {
			case html.StartTagToken:
				t := z.Token()
				in = t.Data
				for _, a := range t.Attr {
					if t.Data == "script" && a.Key == "src" {
						in = "" // an external script needs no hash
					}
				}
			case html.EndTagToken:
				in = ""
			case html.TextToken:
				sum := sha256.Sum256(z.Text())
				h := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
				switch in {
				case "script":
					scripts = append(scripts, h)
				case "style":
					styles = append(styles, h)
				}
			}
		}
	}
	sort.Strings(scripts)
	sort.Strings(styles)
	return scripts, styles
}
