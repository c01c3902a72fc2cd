//go:build !wasm

package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync/atomic"
	"time"

	"github.com/apl-explorer/explorer/server"
)

// counter counts the body bytes a handler writes (before any transport
// framing), including the service worker's own fetches, which the page's
// CDP events do not see.
type counter struct {
	bytes atomic.Int64
	reqs  atomic.Int64
}

type countingWriter struct {
	http.ResponseWriter
	c *counter
}

func (w countingWriter) Write(b []byte) (int, error) {
	n, err := w.ResponseWriter.Write(b)
	w.c.bytes.Add(int64(n))
	return n, err
}

func (w countingWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (c *counter) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c.reqs.Add(1)
		h.ServeHTTP(countingWriter{w, c}, r)
	})
}

// explorerHandler builds the explorer's handler on a web directory, as
// `explorer serve` does (routes registered by the caller).
func explorerHandler(webDir string) (http.Handler, error) {
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	return server.Handler(server.Config{WebDir: webDir, Quiet: true, Log: log})
}

// served is one loopback server with its byte counter.
type served struct {
	URL string
	c   *counter
	srv *httptest.Server
}

// serve starts h on a fresh loopback port (a fresh origin: no service
// worker, cache or storage is shared with another measurement).
func serve(h http.Handler) *served {
	c := &counter{}
	s := httptest.NewServer(c.wrap(h))
	return &served{URL: s.URL, c: c, srv: s}
}

func (s *served) Close() {
	s.srv.CloseClientConnections()
	s.srv.Close()
}

var scriptTag = regexp.MustCompile(`(?is)<script\b[^>]*>.*?</script\s*>`)

// plainHandler serves the explorer's prerendered page at path with every
// <script> element removed (no wasm_exec.js, app.js, loader.js, no app),
// and everything else (CSS, icons) from the explorer's handler. It is the
// yardstick for "useful at first paint": the same page as plain HTML.
func plainHandler(explorer http.Handler, path string) (http.Handler, int, error) {
	rec := httptest.NewRecorder()
	explorer.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	if rec.Code != http.StatusOK {
		return nil, 0, fmt.Errorf("prerendering %s: status %d", path, rec.Code)
	}
	page := scriptTag.ReplaceAll(rec.Body.Bytes(), nil)
	hdr := rec.Header().Clone()
	hdr.Del("Content-Length")
	hdr.Del("Etag")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != path {
			explorer.ServeHTTP(w, r)
			return
		}
		for k, v := range hdr {
			w.Header()[k] = v
		}
		w.Write(page)
	}), len(page), nil
}

// baselineProc is the baseline's server, run as its own process.
type baselineProc struct {
	URL string
	cmd *exec.Cmd
}

func startBaseline(ctx context.Context, bin, webDir string) (*baselineProc, error) {
	cmd := exec.CommandContext(ctx, bin, "-addr", "127.0.0.1:0", "-web", webDir)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	lines := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			default:
			}
		}
		io.Copy(io.Discard, out)
	}()
	select {
	case l := <-lines:
		u, ok := strings.CutPrefix(l, "listening on ")
		if !ok {
			cmd.Process.Kill()
			return nil, fmt.Errorf("baseline said %q", l)
		}
		return &baselineProc{URL: u, cmd: cmd}, nil
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		return nil, fmt.Errorf("baseline did not start")
	}
}

func (b *baselineProc) Close() {
	b.cmd.Process.Kill()
	b.cmd.Wait()
}
