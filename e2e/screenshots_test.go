package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
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
