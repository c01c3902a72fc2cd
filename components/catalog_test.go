package components

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apl-explorer/explorer/policy"
)

// TestEveryKeyUsed draws every page, every wizard state in every period
// (embedded too), every kind of bad link and every export with a catalog
// that notes the keys it is asked for: a key that nothing reads is an
// error, so the catalogs hold only what the explorer shows.
func TestEveryKeyUsed(t *testing.T) {
	en := policy.English()
	rec, used := en.Recorder()
	// A page in another language reads the translation notes too.
	for _, vw := range []view{newView(rec, en.Language), newView(rec, policy.Language{ID: "xx", Dir: "ltr"})} {
		render(t, &Home{vw: vw})
		render(t, &Sources{vw: vw})
		render(t, &About{vw: vw})
		render(t, &NotFound{vw: vw})
		render(t, &History{vw: vw})
		render(t, &Cases{vw: vw})
		render(t, &UpdateBanner{vw: vw, available: true})
		render(t, &fullLoad{vw: vw, offline: true})
		for _, p := range []string{"/explore", EmbedPrefix + "/explore"} {
			render(t, &Explore{vw: vw, path: p})
		}
		for _, p := range policy.Periods() {
			states, err := p.AllStates()
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range states {
				for _, prefix := range []string{"", EmbedPrefix} {
					w := wizardAt(prefix + s.URL())
					w.vw = vw
					render(t, w)
					w.title()
				}
			}
		}
		for _, bad := range []string{"/ask/nope", "/ask/Use", "/ask/use/use", "/ask/use/develop", "/ask//use", "/ask/use/", "/ask/" + string(make([]byte, 300)), "/asks",
			"/as-of/2020-13-01/ask", "/as-of/2001-01-01/ask", "/as-of/2999-01-01/ask"} {
			w := wizardAt(bad)
			w.vw = vw
			render(t, w)
			w.title()
		}
		vw.documentTitle("x")
		vw.description()
	}
	rec.StatusAsOf() // the command line's closing line
	if _, err := rec.BuildExport(); err != nil {
		t.Fatal(err)
	}
	if _, err := rec.DOT(); err != nil {
		t.Fatal(err)
	}
	for _, p := range policy.Periods() {
		states, _ := p.AllStates()
		for _, s := range states {
			rec.ViewState(s)
		}
	}
	seen := used()
	// Keys of paths the data does not take today, each read by the code
	// named here (checked below).
	waiting := map[string]string{
		"history.open":        "components/history.go", // a period where two open questions decide
		"claim.finding.holds": "policy/claim.go",       // the claim holding
		"offline.page.text":   "server/offline.go",     // the offline pages, drawn by the server
		"offline.page.saved":  "server/offline.go",
	}
	cli, err := os.ReadFile(filepath.Join("..", "cli", "cli.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range en.Keys() {
		if strings.HasPrefix(k, "cli.") {
			// The command line's own words: read by cli/cli.go.
			if !strings.Contains(string(cli), `"`+k+`"`) {
				t.Errorf("catalog key %s: cli/cli.go does not read it", k)
			}
			continue
		}
		if file, ok := waiting[k]; ok {
			if b, err := os.ReadFile(filepath.Join("..", file)); err != nil || !strings.Contains(string(b), strings.TrimPrefix(strings.TrimPrefix(k, "claim.finding."), "offline.page.")) {
				t.Errorf("%s is said to be read by %s, which does not name it", k, file)
			}
			continue
		}
		if !slices.Contains(seen, k) {
			t.Errorf("catalog key %s: nothing reads it", k)
		}
	}
}
