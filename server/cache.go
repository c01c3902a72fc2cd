package server

import (
	"net/http"
	"strconv"
	"sync"
)

// pageCache keeps the minified bytes of every page answered 200, keyed by
// the escaped path. Pages depend only on the path and the build, so a
// rendering can be reused until the server restarts (a new build is a new
// process). Only 200 pages are kept, and those are the canonical wizard
// paths and the static pages: a finite set, so the cache cannot grow
// without bound whatever clients send.
type pageCache struct {
	mu    sync.RWMutex
	pages map[string]cachedPage
}

type cachedPage struct {
	header http.Header // the headers go-app set for the page
	body   []byte
	br, gz []byte // the body compressed, nil when not worth it
}

// cacheable reports whether a request may be answered from, or stored
// in, the cache: a plain GET or HEAD of a page, with no query string.
func cacheable(r *http.Request) bool {
	return (r.Method == http.MethodGet || r.Method == http.MethodHead) && r.URL.RawQuery == ""
}

// serve answers r from the cache if it can, including go-app's 304 for a
// matching ETag.
func (c *pageCache) serve(w http.ResponseWriter, r *http.Request) bool {
	if !cacheable(r) {
		return false
	}
	c.mu.RLock()
	p, ok := c.pages[r.URL.EscapedPath()]
	c.mu.RUnlock()
	if !ok {
		return false
	}
	h := w.Header()
	for k, v := range p.header {
		h[k] = append([]string(nil), v...)
	}
	if etag := p.header.Get("ETag"); etag != "" && r.Header.Get("If-None-Match") == etag {
		h.Del("Content-Length")
		w.WriteHeader(http.StatusNotModified)
		return true
	}
	body := p.body
	if p.br != nil || p.gz != nil {
		h.Add("Vary", "Accept-Encoding")
		switch enc := negotiateEncoding(r.Header.Get("Accept-Encoding"), p.br != nil, p.gz != nil); enc {
		case "br":
			body = p.br
			h.Set("Content-Encoding", enc)
		case "gzip":
			body = p.gz
			h.Set("Content-Encoding", enc)
		}
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
	return true
}

// store keeps a rendered page: the headers added since before, and the
// final body.
func (c *pageCache) store(r *http.Request, before, after http.Header, body []byte) {
	if !cacheable(r) {
		return
	}
	added := http.Header{}
	for k, v := range after {
		if _, ok := before[k]; !ok {
			added[k] = append([]string(nil), v...)
		}
	}
	added.Del("Content-Length")
	page := cachedPage{header: added, body: append([]byte(nil), body...)}
	page.br, page.gz = compressText(page.body)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.pages == nil {
		c.pages = map[string]cachedPage{}
	}
	c.pages[r.URL.EscapedPath()] = page
}

// compressText returns b compressed with brotli and gzip, or nils when b
// is too small for compression to pay.
func compressText(b []byte) (br, gz []byte) {
	if len(b) < 1024 {
		return nil, nil
	}
	br, err1 := compressBrotli(b, 6)
	gz, err2 := compressGzip(b)
	if err1 != nil || err2 != nil || len(br) >= len(b) {
		return nil, nil
	}
	return br, gz
}
