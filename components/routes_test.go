package components

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// The embed prefix cannot be imported by web/embed.js, and
// wasm/embedframe (which components imports) cannot import it back: each
// keeps a copy, checked here against EmbedPrefix.
func TestEmbedPrefixCopies(t *testing.T) {
	q := strconv.Quote(EmbedPrefix)
	for file, want := range map[string]string{
		"../wasm/embedframe/embed_wasm.go": "embedPrefix = " + q,
		"../web/embed.js":                  "explorer + " + q + " + start",
	} {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), want) {
			t.Errorf("%s does not hold %s: the embed prefix is %s (components/wizard.go); update the copy", file, want, q)
		}
	}
}

// Every path of the route table is a page; the server renders its
// not-found page at /404, which must stay no page.
func TestRouteTable(t *testing.T) {
	names := map[string]bool{}
	for _, p := range Pages {
		if names[p.Name] || p.Name == "" || p.New == nil || !strings.HasPrefix(p.Path, "/") {
			t.Errorf("page %+v: a name (unique), a path and a component are needed", p)
		}
		names[p.Name] = true
		for _, at := range p.Paths() {
			if !IsPage(at) || !p.Has(at) {
				t.Errorf("%s (page %s) is not a page", at, p.Name)
			}
			if p.States != IsPage(at+"/x") {
				t.Errorf("%s/x: IsPage %v, but page %s has States %v", at, IsPage(at+"/x"), p.Name, p.States)
			}
		}
	}
	for _, p := range []string{"/404", "/embed", "/embed/about", "/askx", "/explore/"} {
		if IsPage(p) {
			t.Errorf("IsPage(%q) is true", p)
		}
	}
}
