package e2e

import (
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// fetch GETs a path of the test server without following redirects and
// parses the body as HTML.
func fetch(t *testing.T, path string) (int, *html.Node) {
	t.Helper()
	needServer(t)
	c := &http.Client{
		Timeout:       30 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	resp, err := c.Get(env.origin + path)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: reading the body: %v", path, err)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Fatalf("GET %s: Content-Type %q, want text/html", path, ct)
	}
	doc, err := html.Parse(strings.NewReader(string(body)))
	if err != nil {
		t.Fatalf("GET %s: parsing the HTML: %v", path, err)
	}
	return resp.StatusCode, doc
}

// prerendered reads the same facts as stateJS from server-rendered HTML.
func prerendered(doc *html.Node) pageState {
	var p pageState
	if h := find(doc, func(n *html.Node) bool { return n.Data == "h1" }); len(h) > 0 {
		p.H1 = text(h[0])
	}
	for _, o := range find(doc, hasClass("outcome")) {
		for c := o.FirstChild; c != nil; c = c.NextSibling {
			if hasClass("verdicts")(c) {
				for _, v := range find(c, hasClass("verdict-text")) {
					p.Verdicts = append(p.Verdicts, text(v))
				}
			}
		}
	}
	for _, s := range find(doc, hasClass("outcome-summary")) {
		if a := find(s, hasClass("alignment-label")); len(a) > 0 {
			p.Alignment = text(a[0])
		}
	}
	if m := find(doc, func(n *html.Node) bool { return n.Data == "main" }); len(m) > 0 {
		p.Text = text(m[0])
	}
	p.Loader = len(find(doc, func(n *html.Node) bool { return attr(n, "id") == "app-wasm-loader" })) > 0
	return p
}

// find returns the elements under n (n included) that match.
func find(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && match(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(class string) func(*html.Node) bool {
	return func(n *html.Node) bool {
		return n.Type == html.ElementNode && slices.Contains(strings.Fields(attr(n, "class")), class)
	}
}

// text is an element's text with white space folded, as textContent.
func text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}
