//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/andybalholm/brotli"
	"github.com/apl-explorer/explorer/internal/webtest"
)

// buildFlags are the explorer's own (Makefile WASM_FLAGS).
var buildFlags = webtest.WasmBuildFlags

// sizes of one app.wasm.
type sizes struct {
	Raw, Gzip, Brotli int
}

// buildExplorer copies web/ (without any app.wasm*) into dir and builds
// the explorer's app.wasm there, as `make wasm` does, leaving web/ alone.
func buildExplorer(ctx context.Context, root, dir string) error {
	return webtest.BuildSite(ctx, root, dir, ".")
}

// buildBaseline builds bench/baseline: its server binary and its app.wasm.
func buildBaseline(ctx context.Context, root, dir string) (server string, err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	server = filepath.Join(filepath.Dir(dir), "baseline-server")
	if err := webtest.GoBuild(ctx, root, nil, server, "./bench/baseline"); err != nil {
		return "", err
	}
	if err := webtest.GoBuild(ctx, root, []string{"GOOS=js", "GOARCH=wasm"}, filepath.Join(dir, "app.wasm"), "./bench/baseline"); err != nil {
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
