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

// TestScreenshots writes full-page screenshots of the home page, a
// question and an outcome, narrow and wide, light and dark, into
// test-output/screenshots/ for a person to look at. It fails only when a
// screenshot cannot be taken.
func TestScreenshots(t *testing.T) {
	dir := filepath.Join(env.root, "test-output", "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	tb := newTab(t, env.origin)
	for _, pg := range []struct{ name, path string }{
		{"home", "/"},
		{"question", "/ask/use"},
		{"outcome", "/ask/use/apl/korea"},
	} {
		t.Run(pg.name, func(t *testing.T) {
			tb.navigate(t, pg.path)
			tb.waitApp(t, pg.path)
			for _, width := range []int64{375, 1280} {
				for _, scheme := range []string{"light", "dark"} {
					tb.emulate(t, width, scheme)
					png := tb.screenshot(t, fmt.Sprintf("screenshot of %s at %d px, %s", pg.path, width, scheme), chromedp.FullScreenshot(100))
					file := filepath.Join(dir, fmt.Sprintf("%s-%d-%s.png", pg.name, width, scheme))
					if err := os.WriteFile(file, png, 0o644); err != nil {
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
	dir := filepath.Join(env.root, "test-output", "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
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
	file := filepath.Join(dir, "embed-example.png")
	if err := os.WriteFile(file, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("embedding example: %s (%d bytes)", file, len(png))
}
