package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// screenshotDir is where the tests save their screenshots for a person to
// look at, below the repository root.
const screenshotDir = "test-output/screenshots/"

// saveFile writes b to name, a slash-separated path below the repository
// root such as screenshotDir+"home.png" or "docs/outcome-phone.png",
// making its folder, and returns the file's path.
func saveFile(name string, b []byte) (string, error) {
	file := filepath.Join(env.root, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return file, err
	}
	return file, os.WriteFile(file, b, 0o644)
}

// TestScreenshots writes full-page screenshots of the home page, a
// question and an outcome, narrow and wide, light and dark, into
// test-output/screenshots/ for a person to look at. It fails only when a
// screenshot cannot be taken.
func TestScreenshots(t *testing.T) {
	pages := []struct{ name, path string }{
		{"home", "/"},
		{"question", "/ask/use"},
		{"outcome", "/ask/use/apl/korea"},
	}
	tb := newTab(t, env.origin)
	for _, pg := range pages {
		t.Run(pg.name, func(t *testing.T) {
			tb.navigate(t, pg.path)
			tb.waitApp(t, pg.path)
			for _, width := range []int64{375, 1280} {
				for _, scheme := range []string{"light", "dark"} {
					tb.emulate(t, width, scheme)
					png := tb.screenshot(t, fmt.Sprintf("screenshot of %s at %d px, %s", pg.path, width, scheme), chromedp.FullScreenshot(100))
					file, err := saveFile(screenshotDir+fmt.Sprintf("%s-%d-%s.png", pg.name, width, scheme), png)
					if err != nil {
						t.Fatal(err)
					}
					t.Logf("%s: %s (%d bytes)", pg.path, file, len(png))
				}
			}
		})
	}
}

// TestEmbedExampleScreenshot loads the embedding example page (two embeds
// and a log of their messages), waits until both embeds have reported an
// outcome or an answer, and saves a screenshot for docs/EMBEDDING.md.
func TestEmbedExampleScreenshot(t *testing.T) {
	tb := newTab(t, env.origin)
	tb.navigate(t, "/web/embed-example.html")
	tb.emulate(t, 1280, "light")
	// Embeds start the app at the reader's first tap (issue 15): tap each.
	tb.do(t, "tapping each embed", actionTimeout, chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		pts, err := chromedp.Run(ctx, chromedp.Evaluate[[]map[string]float64](`Array.from(document.querySelectorAll("iframe")).map((f) => { f.scrollIntoView({block: "nearest"}); const r = f.getBoundingClientRect(); return {x: r.left + 3, y: r.top + 3}; })`))
		if err != nil {
			return err
		}
		for _, p := range pts {
			if err := chromedp.Do(ctx, chromedp.MouseClickXY(p["x"], p["y"])); err != nil {
				return err
			}
		}
		return nil
	}))
	var log string
	if !eventually(appTimeout, func() bool {
		log = eval[string](t, tb, "reading the message log", `document.getElementById("log").textContent`)
		return strings.Contains(log, "apl-explorer:outcome") && strings.Contains(log, "apl-explorer:answer /ask\n")
	}) {
		t.Fatalf("the example's embeds did not report; log: %q", log)
	}
	// The frames took their reported heights with the messages; wait for
	// the fonts and for two frames to be painted with them.
	eval[chromedp.Void](t, tb, "waiting for the page to be painted",
		`document.fonts.ready.then(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))))`, chromedp.EvalAwaitPromise)
	png := tb.screenshot(t, "screenshot of the embedding example", chromedp.FullScreenshot(100))
	file, err := saveFile(screenshotDir+"embed-example.png", png)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("embedding example: %s (%d bytes)", file, len(png))
}
