//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
)

// wasmFlags are the explorer's own (Makefile WASM_FLAGS).
var buildFlags = []string{"-trimpath", "-ldflags=-s -w"}

// sizes of one app.wasm.
type sizes struct {
	Raw, Gzip, Brotli int
}

// goCmd runs the go command in the module root and fails with its output.
func goCmd(ctx context.Context, root string, env []string, args ...string) error {
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("go %s: %w\n%s", strings.Join(args, " "), err, out)
	}
	return nil
}

var wasmEnv = []string{"GOOS=js", "GOARCH=wasm"}

// buildExplorer copies web/ (without any app.wasm*) into dir and builds
// the explorer's app.wasm there, as `make wasm` does, leaving web/ alone.
func buildExplorer(ctx context.Context, root, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	src := filepath.Join(root, "web")
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
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
	args := append([]string{"build"}, buildFlags...)
	return goCmd(ctx, root, wasmEnv, append(args, "-o", filepath.Join(dir, "app.wasm"), ".")...)
}

// buildBaseline builds bench/baseline: its server binary and its app.wasm.
func buildBaseline(ctx context.Context, root, dir string) (server string, err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	server = filepath.Join(filepath.Dir(dir), "baseline-server")
	args := append([]string{"build"}, buildFlags...)
	if err := goCmd(ctx, root, nil, append(args, "-o", server, "./bench/baseline")...); err != nil {
		return "", err
	}
	if err := goCmd(ctx, root, wasmEnv, append(args, "-o", filepath.Join(dir, "app.wasm"), "./bench/baseline")...); err != nil {
		return "", err
	}
	return server, nil
}

// compressWasm writes app.wasm.gz (gzip -9) and app.wasm.br (brotli 11)
// next to dir/app.wasm and returns the three sizes. The server packages
// serve these files as they are when they match app.wasm.
func compressWasm(dir string) (sizes, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "app.wasm"))
	if err != nil {
		return sizes{}, err
	}
	var gz, br bytes.Buffer
	var wg sync.WaitGroup
	var gzErr, brErr error
	wg.Go(func() {
		zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
		gzErr = writeClose(zw, raw)
	})
	wg.Go(func() {
		brErr = writeClose(brotli.NewWriterLevel(&br, 11), raw)
	})
	wg.Wait()
	if gzErr != nil || brErr != nil {
		return sizes{}, fmt.Errorf("compressing %s: %v %v", dir, gzErr, brErr)
	}
	if err := os.WriteFile(filepath.Join(dir, "app.wasm.gz"), gz.Bytes(), 0o644); err != nil {
		return sizes{}, err
	}
	if err := os.WriteFile(filepath.Join(dir, "app.wasm.br"), br.Bytes(), 0o644); err != nil {
		return sizes{}, err
	}
	return sizes{Raw: len(raw), Gzip: gz.Len(), Brotli: br.Len()}, nil
}

func writeClose(w io.WriteCloser, b []byte) error {
	if _, err := w.Write(b); err != nil {
		return err
	}
	return w.Close()
}
