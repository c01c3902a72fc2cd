//go:build !wasm

// Package webtest is what the browser tests (e2e/) and the benchmark
// (bench/) share: building the site as `make wasm` does into a scratch
// directory, and finding and flagging Chromium.
package webtest

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/chromedp/chromedp"
)

// InstallChromium is the command that installs the browser.
const InstallChromium = "apt-get install -y chromium"

// ChromeFlags are the flags every measurement and test runs Chromium
// with; Lighthouse gets the same ones.
var ChromeFlags = []string{
	"--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
	"--disable-background-networking", "--disable-component-update", "--disable-sync",
}

// ChromiumPath finds Debian's Chromium, or the browser named by
// $E2E_CHROMIUM.
func ChromiumPath() (string, error) {
	if p := os.Getenv("E2E_CHROMIUM"); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("Chromium not found at E2E_CHROMIUM=%s (%v); install it with: %s", p, err, InstallChromium)
		}
		return p, nil
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium", nil
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("Chromium not found (looked for /usr/bin/chromium and chromium on PATH); install it with: %s", InstallChromium)
}

// AllocatorOptions are base (chromedp's defaults, or none) with the
// browser at path, its profile in profile, and ChromeFlags.
func AllocatorOptions(base []chromedp.ExecAllocatorOption, path, profile string) []chromedp.ExecAllocatorOption {
	opts := append(append([]chromedp.ExecAllocatorOption(nil), base...), chromedp.ExecPath(path), chromedp.UserDataDir(profile))
	for _, f := range ChromeFlags {
		name, val, ok := strings.Cut(strings.TrimPrefix(f, "--"), "=")
		if ok {
			opts = append(opts, chromedp.Flag(name, val))
		} else {
			opts = append(opts, chromedp.Flag(name, true))
		}
	}
	return opts
}

// WasmBuildFlags are the Makefile's WASM_FLAGS.
var WasmBuildFlags = []string{"-trimpath", "-ldflags=-s -w"}

// BuildSite copies root's web/ into dir, without any app.wasm*, and
// builds pkg's app.wasm there (GOOS=js GOARCH=wasm), as `make wasm` does,
// leaving web/ alone.
func BuildSite(ctx context.Context, root, dir, pkg string) error {
	src := filepath.Join(root, "web")
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dir, rel), 0o755)
		}
		if strings.HasPrefix(filepath.Base(rel), "app.wasm") || !d.Type().IsRegular() {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, rel), b, 0o644)
	})
	if err != nil {
		return fmt.Errorf("copying web/: %w", err)
	}
	return GoBuild(ctx, root, []string{"GOOS=js", "GOARCH=wasm"}, filepath.Join(dir, "app.wasm"), pkg)
}

// GoBuild runs go build with WasmBuildFlags in root and fails with the
// command's output.
func GoBuild(ctx context.Context, root string, env []string, out, pkg string) error {
	args := append(append([]string{"build"}, WasmBuildFlags...), "-o", out, pkg)
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), env...)
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go %s (%s): %w\n%s", strings.Join(args, " "), strings.Join(env, " "), err, b)
	}
	return nil
}
