package server

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"os"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
	"github.com/tdewolff/minify/v2"
)

// asset is one file of the web directory, held in memory. Serving from a
// map of names read at start-up means a request can never reach a file
// outside web/, whatever its path says.
type asset struct {
	name  string // URL path: "/web/app.css"
	body  []byte // the bytes served (minified for text types)
	ctype string
	hash  string // short hash of body, used as ?v= and ETag
	br    []byte // precompressed variants (app.wasm only)
	gz    []byte
}

// assets is the web directory in memory.
type assets struct {
	byName   map[string]*asset
	wasmSize int // bytes of app.wasm before compression, 0 if absent
}

const wasmName = "/web/app.wasm"

// contentTypes overrides mime.TypeByExtension, whose answers depend on the
// machine's mime.types file.
var contentTypes = map[string]string{
	".wasm":        "application/wasm",
	".js":          "text/javascript; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".json":        "application/json",
	".webmanifest": "application/manifest+json",
	".txt":         "text/plain; charset=utf-8",
	".html":        "text/html; charset=utf-8",
	".xml":         "application/xml",
	".ico":         "image/x-icon",
	".woff2":       "font/woff2",
}

// isText reports whether a content type is worth compressing.
func isText(ctype string) bool {
	for _, p := range []string{"text/", "application/javascript", "application/json", "application/manifest+json", "image/svg+xml"} {
		if strings.HasPrefix(ctype, p) {
			return true
		}
	}
	return false
}

func contentType(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

// loadAssets reads every regular file under dir through an os.Root, so a
// symbolic link cannot lead outside it. Dot files and the precompressed
// siblings (*.br, *.gz) are not served as files of their own.
func loadAssets(dir string, m *minify.M, fast bool, warn func(string, ...any)) (*assets, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("opening web directory: %w", err)
	}
	defer root.Close()
	fsys := root.FS()

	a := &assets{byName: map[string]*asset{}}
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		base := d.Name()
		if p != "." && strings.HasPrefix(base, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		if strings.HasSuffix(base, ".br") || strings.HasSuffix(base, ".gz") {
			return nil
		}
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			return fmt.Errorf("reading %s: %w", p, err)
		}
		name := "/web/" + p
		ct := contentType(name)
		body, err := minifyBytes(m, ct, src)
		if err != nil {
			return fmt.Errorf("minifying %s: %w", p, err)
		}
		sum := sha256.Sum256(body)
		a.byName[name] = &asset{name: name, body: body, ctype: ct, hash: hex.EncodeToString(sum[:8])}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("loading web directory %s: %w", dir, err)
	}

	// Text assets travel compressed too (app.wasm is handled below).
	for name, t := range a.byName {
		if name != wasmName && isText(t.ctype) {
			t.br, t.gz = compressText(t.body)
		}
	}
	if w, ok := a.byName[wasmName]; ok {
		a.wasmSize = len(w.body)
		if err := w.precompress(fsys, fast, warn); err != nil {
			return nil, err
		}
	} else {
		warn("web/app.wasm is missing: pages prerender but the app will not start; run make wasm")
	}
	return a, nil
}

// precompress fills br and gz: from app.wasm.br and app.wasm.gz when they
// decompress to exactly app.wasm (a stale file is ignored, not served),
// otherwise by compressing now.
func (w *asset) precompress(fsys fs.FS, fast bool, warn func(string, ...any)) error {
	rel := strings.TrimPrefix(w.name, "/web/")
	readFresh := func(ext string, decode func(io.Reader) (io.Reader, error)) []byte {
		c, err := fs.ReadFile(fsys, rel+ext)
		if err != nil {
			return nil
		}
		r, err := decode(bytes.NewReader(c))
		if err == nil {
			var plain []byte
			if plain, err = io.ReadAll(r); err == nil && bytes.Equal(plain, w.body) {
				return c
			}
		}
		warn("ignoring stale precompressed file", "file", rel+ext)
		return nil
	}
	w.br = readFresh(".br", func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil })
	w.gz = readFresh(".gz", func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) })

	var wg sync.WaitGroup
	var brErr, gzErr error
	if w.br == nil {
		level := brotli.BestCompression
		if fast {
			level = 5
		}
		wg.Go(func() { w.br, brErr = compressBrotli(w.body, level) })
	}
	if w.gz == nil {
		wg.Go(func() { w.gz, gzErr = compressGzip(w.body) })
	}
	wg.Wait()
	if err := errors.Join(brErr, gzErr); err != nil {
		return fmt.Errorf("compressing %s: %w", w.name, err)
	}
	return nil
}

func compressBrotli(b []byte, level int) ([]byte, error) {
	var out bytes.Buffer
	zw := brotli.NewWriterLevel(&out, level)
	if _, err := zw.Write(b); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// compressGzip writes no name or time in the header, so the output depends
// on the input only.
func compressGzip(b []byte) ([]byte, error) {
	var out bytes.Buffer
	zw, err := gzip.NewWriterLevel(&out, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(b); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// names lists the asset URL paths in order.
func (a *assets) names() []string {
	out := make([]string, 0, len(a.byName))
	for n := range a.byName {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// version derives the app version from what the site is made of: the Go
// release (it picks wasm_exec.js), the deployment settings, and every web
// file's content hash (app.wasm included). The same build gives the same
// version on every start and every machine, so a restart is not mistaken
// for a release; any change to the files is.
func (a *assets) version(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		fmt.Fprintf(h, "%s\x00", p)
	}
	for _, n := range a.names() {
		fmt.Fprintf(h, "%s\x00%s\x00", n, a.byName[n].hash)
	}
	return hex.EncodeToString(h.Sum(nil))[:20]
}
