package e2e

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/chromedp/chromedp"
)

// cutWriter passes the first limit bytes of a response, then drops the
// connection, as a network that fails half-way through a download.
type cutWriter struct {
	http.ResponseWriter
	left int
}

func (c *cutWriter) Write(b []byte) (int, error) {
	if len(b) > c.left {
		c.ResponseWriter.Write(b[:c.left])
		c.ResponseWriter.(http.Flusher).Flush()
		panic(http.ErrAbortHandler)
	}
	c.left -= len(b)
	return c.ResponseWriter.Write(b)
}

func (c *cutWriter) Flush() { c.ResponseWriter.(http.Flusher).Flush() }

// TestWasmDownloadCut drops the network half-way through app.wasm: the
// prerendered pages keep working (answers are links), and the app starts
// on the next load. Then, with the app running, it checks that nothing
// about the reader's answers is stored: no cookie, nothing in local or
// session storage.
func TestWasmDownloadCut(t *testing.T) {
	needBrowser(t)
	var cut atomic.Bool
	cut.Store(true)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if cut.Load() && strings.HasPrefix(r.URL.Path, "/web/app.wasm") {
			w = &cutWriter{ResponseWriter: w, left: 200 << 10}
		}
		env.handler.ServeHTTP(w, r)
	}))
	defer srv.Close()

	tb := newTab(t, srv.URL)
	tb.expectProblem("app.wasm")
	tb.expectProblem("loading wasm failed")
	tb.navigate(t, "/ask")
	// A tap starts the download at once.
	tb.do(t, "tapping the page", actionTimeout, chromedp.MouseClickXY(5, 400))
	tb.waitFor(t, "the loader reporting the failed download", appTimeout, func(pageState) bool {
		return eval[bool](t, tb, "reading the loader", `(() => { const l = document.getElementById("app-wasm-loader"); return !!l && l.classList.contains("goapp-failed"); })()`)
	})
	// The page still works: its answers are links to server-rendered steps.
	for i, href := range []string{"/ask/use", "/ask/use/apl", "/ask/use/apl/elsewhere"} {
		tb.click(t, "answering without the app", optionSelector(href))
		s := tb.waitFor(t, "page "+href+" loaded without the app", stepTimeout, func(p pageState) bool { return p.Path == href && p.H1 != "" })
		if s.App {
			t.Fatalf("step %d: the app runs although its download was cut", i+1)
		}
	}
	if s, _ := tb.state(); len(s.Verdicts) != 2 || s.Verdicts[0] != "Prohibited" {
		t.Fatalf("outcome without the app: %s", s)
	}

	// The network is back: the next load starts the app.
	cut.Store(false)
	tb.navigate(t, "/ask")
	tb.waitApp(t, "/ask after the network came back")
	for _, href := range []string{"/ask/transfer", "/ask/transfer/apl", "/ask/transfer/apl/mine-action"} {
		tb.click(t, "answering in the app", optionSelector(href))
		tb.waitFor(t, href+" in the app", stepTimeout, func(p pageState) bool { return p.Path == href && p.Marker })
	}
	stored := eval[string](t, tb, "reading cookies and storage", `document.cookie + "|" +
		JSON.stringify(Object.entries(localStorage)) + "|" + JSON.stringify(Object.entries(sessionStorage))`)
	if strings.HasPrefix(stored, "|") == false {
		t.Errorf("a cookie is set: %q", stored)
	}
	for _, id := range []string{"transfer", "mine-action", "/ask/"} {
		if strings.Contains(stored, id) {
			t.Errorf("the reader's answers are stored in the browser (%q found in %q)", id, stored)
		}
	}
}
