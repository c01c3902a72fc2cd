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
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
	"github.com/tdewolff/minify/v2"
)

// assets is the web directory in memory, by URL path ("/web/app.css"),
// with the policy's downloads (/policy.json, /policy.dot). Serving from a
// map of names read at start-up means a request can never reach a file
// outside web/, whatever its path says.
type assets struct {
	byName   map[string]*response
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

// contentTag is the short content hash used as ETag and ?v=.
func contentTag(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8])
}

// loadAssets reads every regular file under dir through an os.Root, so a
// symbolic link cannot lead outside it. Dot files and compressed files
// (*.br, *.gz) are not served as files of their own. app.wasm's
// compressed forms come from cacheDir (see wasmCompressed).
func loadAssets(dir, cacheDir string, m *minify.M, warn func(string, ...any)) (*assets, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("opening web directory: %w", err)
	}
	defer root.Close()
	fsys := root.FS()

	a := &assets{byName: map[string]*response{}}
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
		if name == wasmName {
			a.byName[name] = &response{ctype: ct, body: body, tag: contentTag(body)}
		} else {
			a.byName[name] = newResponse(ct, body, contentTag(body))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("loading web directory %s: %w", dir, err)
	}
	if w, ok := a.byName[wasmName]; ok {
		a.wasmSize = len(w.body)
		if w.br, w.gz, err = wasmCompressed(w.body, cacheDir, warn); err != nil {
			return nil, err
		}
	} else {
		warn("web/app.wasm is missing: pages prerender but the app will not start; run make wasm")
	}
	return a, nil
}

// wasmCompressed returns app.wasm compressed with brotli at its best
// level and gzip -9. Brotli 11 takes about 30 s for a 7 MB wasm, so the
// results are kept in cacheDir under names that carry the sha256 of the
// wasm (app.wasm.<hash>.br, .gz): each build is compressed once, and every
// later start, `make run` and `make dist` alike, sends those same bytes.
// A cached file that does not decompress to the wasm is ignored and
// replaced; a cache that cannot be written is only a warning.
func wasmCompressed(wasm []byte, cacheDir string, warn func(string, ...any)) (br, gz []byte, err error) {
	sum := sha256.Sum256(wasm)
	key := "app.wasm." + hex.EncodeToString(sum[:8])
	type codec struct {
		ext      string
		encode   func([]byte) ([]byte, error)
		decode   func(io.Reader) (io.Reader, error)
		out      *[]byte
		writeErr error
	}
	codecs := []*codec{
		{ext: ".br", out: &br,
			encode: func(b []byte) ([]byte, error) { return compressBrotli(b, brotli.BestCompression) },
			decode: func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil }},
		{ext: ".gz", out: &gz, encode: compressGzip,
			decode: func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) }},
	}
	var wg sync.WaitGroup
	for _, c := range codecs {
		file := filepath.Join(cacheDir, key+c.ext)
		if b, err := os.ReadFile(file); err == nil {
			if decodesTo(b, wasm, c.decode) {
				*c.out = b
				continue
			}
			warn("ignoring a damaged compressed wasm", "file", file)
		}
		wg.Go(func() {
			b, err := c.encode(wasm)
			if err != nil {
				c.writeErr = fmt.Errorf("compressing app.wasm: %w", err)
				return
			}
			*c.out = b
			if err := writeCache(cacheDir, key, c.ext, b); err != nil {
				warn("could not keep the compressed wasm; it will be compressed again at the next start", "err", err)
			}
		})
	}
	wg.Wait()
	return br, gz, errors.Join(codecs[0].writeErr, codecs[1].writeErr)
}

func decodesTo(compressed, want []byte, decode func(io.Reader) (io.Reader, error)) bool {
	r, err := decode(bytes.NewReader(compressed))
	if err != nil {
		return false
	}
	got, err := io.ReadAll(r)
	return err == nil && bytes.Equal(got, want)
}

// writeCache writes key+ext into dir through a temporary file and a
// rename (a reader never sees half a file), then removes the files of
// earlier builds (app.wasm.*+ext).
func writeCache(dir, key, ext string, b []byte) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".tmp-"+key)
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), filepath.Join(dir, key+ext)); err != nil {
		return err
	}
	old, _ := filepath.Glob(filepath.Join(dir, "app.wasm.*"+ext))
	for _, f := range old {
		if filepath.Base(f) != key+ext {
			os.Remove(f)
		}
	}
	return nil
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
		fmt.Fprintf(h, "%s\x00%s\x00", n, a.byName[n].tag)
	}
	return hex.EncodeToString(h.Sum(nil))[:20]
}
