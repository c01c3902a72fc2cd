package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image/png"
	"math"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apl-explorer/explorer/components"
	"github.com/apl-explorer/explorer/policy"
	"golang.org/x/net/html"
)

func TestDist(t *testing.T) {
	for _, base := range []string{"/", "/explorer/"} {
		t.Run(base, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "dist")
			if err := Dist(testConfig(t, testWebDir(t)), out, base); err != nil {
				t.Fatal(err)
			}
			files := []string{"index.html", "404.html", "app.js", "app-worker.js", "manifest.webmanifest",
				"wasm_exec.js", "app.css", "_headers", "robots.txt", "web/app.wasm", "web/app.wasm.br",
				"web/app.wasm.gz", "web/icon.svg", "web/icon-192.png", "web/loader.css", "web/loader.js"}
			var pages []string
			for _, p := range append(components.StaticPaths(), policy.AllPaths()...) {
				pages = append(pages, pageFile(p))
			}
			pages = append(pages, "404.html")
			for _, f := range append(files, pages...) {
				if _, err := os.Stat(filepath.Join(out, f)); err != nil {
					t.Errorf("missing %s", f)
				}
			}
			for _, f := range pages {
				b, err := os.ReadFile(filepath.Join(out, f))
				if err != nil {
					continue
				}
				if contains(b, "404 page not found") {
					t.Errorf("%s is go-app's 404 text", f)
				}
				checkPage(t, out, base, f, b)
			}
			// The worker's precache list must name written files only.
			w, err := os.ReadFile(filepath.Join(out, "app-worker.js"))
			if err != nil {
				t.Fatal(err)
			}
			for _, u := range precacheList(t, w) {
				checkLocal(t, out, base, "app-worker.js", u)
			}
			var m struct {
				Icons []struct{ Src string } `json:"icons"`
			}
			mb, _ := os.ReadFile(filepath.Join(out, "manifest.webmanifest"))
			if err := json.Unmarshal(mb, &m); err != nil || len(m.Icons) != 4 {
				t.Errorf("manifest: %v, %d icons", err, len(m.Icons))
			}
			for _, ic := range m.Icons {
				checkLocal(t, out, base, "manifest", ic.Src)
			}
			hd, _ := os.ReadFile(filepath.Join(out, "_headers"))
			for _, want := range []string{strings.TrimSuffix(base, "/") + "/*\n", "frame-ancestors 'self'", "frame-ancestors *", "X-Content-Type-Options: nosniff"} {
				if !contains(hd, want) {
					t.Errorf("_headers lacks %q", want)
				}
			}
		})
	}
}

// Dist must refuse to wipe a directory that is not an earlier static site.
func TestDistKeepsForeignDirectory(t *testing.T) {
	out := t.TempDir()
	writeFile(t, filepath.Join(out, "precious.txt"), []byte("keep"))
	if err := Dist(testConfig(t, testWebDir(t)), out, "/"); err == nil {
		t.Fatal("Dist wrote over a foreign directory")
	}
	if _, err := os.Stat(filepath.Join(out, "precious.txt")); err != nil {
		t.Fatal("foreign file removed")
	}
}

// checkPage parses a written page: every local href and src resolves to a
// written file, and nothing needs 'unsafe-inline' (no inline script, no
// event-handler attribute, no style attribute or element).
func checkPage(t *testing.T, out, base, file string, b []byte) {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		t.Errorf("%s: %v", file, err)
		return
	}
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		hasSrc := false
		for _, a := range n.Attr {
			switch {
			case a.Key == "href" || a.Key == "src":
				hasSrc = hasSrc || a.Key == "src"
				checkLocal(t, out, base, file, a.Val)
			case a.Key == "style":
				t.Errorf("%s: <%s style=%q> would be blocked by style-src 'self'", file, n.Data, a.Val)
			case strings.HasPrefix(a.Key, "on"):
				t.Errorf("%s: <%s %s> would be blocked by script-src", file, n.Data, a.Key)
			}
		}
		if (n.Data == "script" && !hasSrc) || n.Data == "style" {
			t.Errorf("%s: inline <%s> would be blocked by the CSP", file, n.Data)
		}
	}
}

// checkLocal checks that a local URL in the site under base names a file
// of out; remote, fragment and mailto URLs are left alone.
func checkLocal(t *testing.T, out, base, from, ref string) {
	t.Helper()
	u, err := url.Parse(ref)
	if err != nil {
		t.Errorf("%s: bad URL %q", from, ref)
		return
	}
	if u.Scheme != "" || u.Host != "" || u.Path == "" {
		return
	}
	if !strings.HasPrefix(u.Path, base) {
		t.Errorf("%s: %q is outside the base %s", from, ref, base)
		return
	}
	p := "/" + strings.TrimPrefix(u.Path, base)
	candidates := []string{p}
	if path.Ext(p) == "" {
		candidates = []string{path.Join(p, "index.html"), p + ".html"}
	}
	for _, c := range candidates {
		if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(c))); err == nil {
			return
		}
	}
	t.Errorf("%s: %q names no written file", from, ref)
}

// The committed icons have the sizes the manifest states, and the maskable
// one keeps its drawing inside the central safe zone (a circle of radius
// 40 % of the size): outside it, every pixel is the opaque background.
func TestIcons(t *testing.T) {
	var manifest struct {
		Icons []struct{ Src, Type, Purpose, Sizes string }
	}
	if err := json.Unmarshal(do(testHandler(t), "GET", "/manifest.webmanifest").Body.Bytes(), &manifest); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, ic := range manifest.Icons {
		if strings.HasPrefix(ic.Src, "data:image/svg+xml;") {
			// The SVG icon travels inline (it is also the page's favicon).
			kinds[ic.Type+" "+ic.Purpose]++
			continue
		}
		u, err := url.Parse(ic.Src)
		if err != nil || !strings.HasPrefix(u.Path, "/web/") {
			t.Fatalf("icon %q is not a file of web/", ic.Src)
		}
		file := strings.TrimPrefix(u.Path, "/web/")
		kinds[ic.Type+" "+ic.Purpose]++
		if ic.Type != "image/png" {
			continue
		}
		f, err := os.Open(filepath.Join("../web", file))
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if b := img.Bounds(); fmt.Sprintf("%dx%d", b.Dx(), b.Dy()) != ic.Sizes {
			t.Errorf("%s is %dx%d, the manifest says %s", file, b.Dx(), b.Dy(), ic.Sizes)
		}
		if ic.Purpose != "maskable" {
			continue
		}
		size := img.Bounds().Dx()
		bg := img.At(0, 0)
		c := float64(size) / 2
		for y := 0; y < size; y++ {
			for x := 0; x < size; x++ {
				if math.Hypot(float64(x)+0.5-c, float64(y)+0.5-c) <= 0.4*float64(size) {
					continue
				}
				if img.At(x, y) != bg {
					t.Fatalf("%s: pixel (%d,%d) outside the safe zone is not background", file, x, y)
				}
			}
		}
		if _, _, _, a := bg.RGBA(); a != 0xffff {
			t.Errorf("%s: background is not opaque", file)
		}
	}
	if kinds["image/png "] != 2 || kinds["image/png maskable"] != 1 || kinds["image/svg+xml "] != 1 {
		t.Errorf("manifest icons: %v, want two PNGs, a maskable PNG and an SVG", kinds)
	}
	svg, err := os.ReadFile("../web/icon.svg")
	if err != nil || !contains(svg, "<svg") || !contains(svg, `viewBox="0 0 512 512"`) {
		t.Errorf("web/icon.svg: %v", err)
	}
}
