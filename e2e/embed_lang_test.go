package e2e

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// embedLangHost is a host page with one embed per data-lang value. The
// embeds stand far below the first screen: embed.js makes its frames
// loading="lazy", so none of them loads while the test reads their
// addresses (the test is about the address embed.js builds, whichever
// languages the server serves yet). It records console warnings.
const embedLangHost = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A host page</title></head>
<body><main><h1>A host page</h1>
<script>window.__warnings = []; (function (w) { console.warn = function () { window.__warnings.push(Array.from(arguments).join(" ")); return w.apply(console, arguments); }; })(console.warn);</script>
<div style="margin-top: 30000px">
SCRIPTS
</div>
</main></body></html>`

// TestEmbedLang checks embed.js's data-lang: the frame's path starts with
// /<lang> for every language but English, English (absent, empty, "en")
// has no prefix, and an unknown value falls back to English with a
// console warning. The other options still apply.
func TestEmbedLang(t *testing.T) {
	needBrowser(t)
	cases := []struct {
		attrs    string // data-* attributes of the script tag
		wantPath string
		warn     bool
	}{
		{`data-start="/ask/use"`, "/embed/ask/use", false},
		{`data-start="/ask/use" data-lang="en"`, "/embed/ask/use", false},
		{`data-start="/ask/use" data-lang=""`, "/embed/ask/use", false},
		{`data-start="/ask/use/apl/korea" data-lang="fr"`, "/fr/embed/ask/use/apl/korea", false},
		{`data-start="/ask" data-lang="es"`, "/es/embed/ask", false},
		{`data-start="/ask/use" data-lang="ar" data-theme="dark"`, "/ar/embed/ask/use", false},
		{`data-start="/explore" data-lang="uk"`, "/uk/embed/explore", false},
		{`data-start="/ask/use" data-lang="ko"`, "/ko/embed/ask/use", false},
		{`data-start="/ask/use" data-lang="KO"`, "/ko/embed/ask/use", false},
		{`data-start="/ask/use" data-lang="de"`, "/embed/ask/use", true},
		{`data-start="/ask/use" data-lang="../admin"`, "/embed/ask/use", true},
		{`data-start="/ask/use" data-lang="fr-CA"`, "/embed/ask/use", true},
		{`data-start="/bogus" data-lang="fr"`, "/fr/embed/ask", false},
	}
	var scripts []string
	wantWarnings := 0
	for _, c := range cases {
		scripts = append(scripts, `<script src="`+env.origin+`/web/embed.js" `+c.attrs+`></script>`)
		if c.warn {
			wantWarnings++
		}
	}
	page := strings.Replace(embedLangHost, "SCRIPTS", strings.Join(scripts, "\n"), 1)
	host := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page))
	}))
	t.Cleanup(host.Close)

	tb := newTab(t, host.URL)
	tb.allow(env.origin)
	tb.navigate(t, "/")
	got := eval[struct {
		Srcs     []string `json:"srcs"`
		Warnings []string `json:"warnings"`
	}](t, tb, "reading the frames", `({srcs: Array.from(document.querySelectorAll("iframe")).map((f) => f.src), warnings: window.__warnings})`)
	if len(got.Srcs) != len(cases) {
		t.Fatalf("%d frames for %d embeds: %q", len(got.Srcs), len(cases), got.Srcs)
	}
	for i, c := range cases {
		u, err := url.Parse(got.Srcs[i])
		if err != nil {
			t.Errorf("%s: frame address %q: %v", c.attrs, got.Srcs[i], err)
			continue
		}
		if u.Scheme+"://"+u.Host != env.origin || u.Path != c.wantPath || u.Query().Get("host") != host.URL {
			t.Errorf("%s: frame address %s, want %s%s?host=%s…", c.attrs, got.Srcs[i], env.origin, c.wantPath, host.URL)
		}
		if strings.Contains(c.attrs, `data-theme="dark"`) && u.Query().Get("theme") != "dark" {
			t.Errorf("%s: the theme was lost with the language: %s", c.attrs, got.Srcs[i])
		}
	}
	if len(got.Warnings) != wantWarnings {
		t.Errorf("%d console warnings for %d unknown languages: %q", len(got.Warnings), wantWarnings, got.Warnings)
	}
	for _, w := range got.Warnings {
		if !strings.Contains(w, "data-lang") || !strings.Contains(w, "using en") {
			t.Errorf("the warning does not say what is wrong and what happens: %q", w)
		}
	}
	// The frames stayed far below the first screen, unloaded: lazy
	// loading keeps the host page light, and the test independent of
	// which languages the server has yet.
	tb.mu.Lock()
	defer tb.mu.Unlock()
	for _, r := range tb.pages {
		if strings.Contains(r, "/embed/") {
			t.Logf("note: a lazy frame loaded anyway: %s", r)
		}
	}
}
