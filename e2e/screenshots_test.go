package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

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
					png := evalShot(t, tb, fmt.Sprintf("screenshot of %s at %d px, %s", pg.path, width, scheme))
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

func evalShot(t *testing.T, tb *tab, what string) []byte {
	t.Helper()
	var png []byte
	tb.do(t, what, actionTimeout, chromedp.Func(func(ctx context.Context, target *chromedp.Target) error {
		var err error
		png, err = chromedp.FullScreenshot(100)(ctx, target)
		return err
	}))
	if len(png) < 8 || string(png[1:4]) != "PNG" {
		t.Fatalf("%s: not a PNG (%d bytes)", what, len(png))
	}
	return png
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
	deadline := time.Now().Add(appTimeout)
	for {
		log := eval[string](t, tb, "reading the message log", `document.getElementById("log").textContent`)
		if strings.Contains(log, "apl-explorer:outcome") && strings.Contains(log, "apl-explorer:answer /ask\n") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the example's embeds did not report; log: %q", log)
		}
		time.Sleep(200 * time.Millisecond)
	}
	// The frames took their reported heights with the messages; wait for
	// the fonts and for two frames to be painted with them.
	eval[chromedp.Void](t, tb, "waiting for the page to be painted",
		`document.fonts.ready.then(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))))`, chromedp.EvalAwaitPromise)
	png := evalShot(t, tb, "screenshot of the embedding example")
	file := filepath.Join(dir, "embed-example.png")
	if err := os.WriteFile(file, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("embedding example: %s (%d bytes)", file, len(png))
}
