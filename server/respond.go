package server

import (
	"bytes"
	"compress/gzip"
	"net/http"
	"strconv"
	"strings"

	"github.com/andybalholm/brotli"
)

// response is one body the server sends, held in memory with its
// compressed forms. Every answer with a body goes out through write: the
// files of web/, go-app's generated files and the pages, so encodings,
// HEAD, conditional requests and lengths are handled in one place.
type response struct {
	ctype  string
	body   []byte
	br, gz []byte // the body compressed; nil when not worth it
	// tag identifies the body: the ETag (quoted, with "-br" or "-gz" for
	// a compressed body) and, for a file of web/, the ?v= of its URL.
	// Empty for a response that has no ETag (a page answered 404).
	tag string
}

// newResponse holds body; text bodies of 1 KiB or more are compressed.
func newResponse(ctype string, body []byte, tag string) *response {
	res := &response{ctype: ctype, body: body, tag: tag}
	if isText(ctype) {
		res.br, res.gz = compressText(body)
	}
	return res
}

// write answers r with res and status. cacheControl is set when not
// empty. A 200 with a tag has a strong ETag per encoding, answers a
// matching If-None-Match (a list, weak tags and * included) with 304, and
// takes a single byte Range: 206 with those bytes of the body as sent,
// compressed or not (RFC 9110 ranges count the encoded bytes), so that a
// download cut half-way resumes where it stopped; an If-Range naming
// another ETag gets the whole body. Content-Length is always set: a
// browser keeps a cut download to resume only when it knows the length.
func (res *response) write(w http.ResponseWriter, r *http.Request, status int, cacheControl string) {
	h := w.Header()
	if cacheControl != "" {
		h.Set("Cache-Control", cacheControl)
	}
	body, suffix := res.body, ""
	if res.br != nil || res.gz != nil {
		h.Add("Vary", "Accept-Encoding")
		switch negotiateEncoding(r.Header.Get("Accept-Encoding"), res.br != nil, res.gz != nil) {
		case "br":
			body, suffix = res.br, "-br"
			h.Set("Content-Encoding", "br")
		case "gzip":
			body, suffix = res.gz, "-gz"
			h.Set("Content-Encoding", "gzip")
		}
	}
	if status == http.StatusOK && res.tag != "" {
		etag := `"` + res.tag + suffix + `"`
		h.Set("ETag", etag)
		h.Set("Accept-Ranges", "bytes")
		if etagMatch(r.Header.Get("If-None-Match"), etag) {
			// As http.ServeContent: a 304 describes no body.
			h.Del("Content-Encoding")
			w.WriteHeader(http.StatusNotModified)
			return
		}
		if rg := r.Header.Get("Range"); rg != "" && r.Method == http.MethodGet && ifRange(r.Header.Get("If-Range"), etag) {
			first, last, ok := byteRange(rg, len(body))
			switch {
			case ok && first < 0:
				h.Set("Content-Range", "bytes */"+strconv.Itoa(len(body)))
				h.Del("Content-Encoding")
				h.Set("Content-Length", "0")
				w.WriteHeader(http.StatusRequestedRangeNotSatisfiable)
				return
			case ok:
				h.Set("Content-Range", "bytes "+strconv.Itoa(first)+"-"+strconv.Itoa(last)+"/"+strconv.Itoa(len(body)))
				body, status = body[first:last+1], http.StatusPartialContent
			}
		}
	}
	h.Set("Content-Type", res.ctype)
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// etagMatch reports whether an If-None-Match header lists etag (weak
// comparison, as RFC 9110 asks for If-None-Match).
func etagMatch(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == "*" || t == etag {
			return true
		}
	}
	return false
}

// ifRange reports whether a Range may be honoured: no If-Range, or one
// that is exactly the current, strong ETag (a date or a weak tag never
// matches: the site sends no Last-Modified).
func ifRange(header, etag string) bool {
	return header == "" || strings.TrimSpace(header) == etag
}

// byteRange reads a Range header against a body of size bytes. ok is
// false when the header is to be ignored (not bytes, malformed, or more
// than one range: the whole body is sent); first < 0 means the range
// cannot be satisfied (416). last is inclusive.
func byteRange(header string, size int) (first, last int, ok bool) {
	spec, found := strings.CutPrefix(header, "bytes=")
	if !found || strings.Contains(spec, ",") {
		return 0, 0, false
	}
	a, b, found := strings.Cut(strings.TrimSpace(spec), "-")
	if !found {
		return 0, 0, false
	}
	if a == "" {
		// The last n bytes.
		n, err := strconv.Atoi(b)
		if err != nil || n < 0 {
			return 0, 0, false
		}
		if n == 0 || size == 0 {
			return -1, 0, true
		}
		return max(0, size-n), size - 1, true
	}
	first, err := strconv.Atoi(a)
	if err != nil || first < 0 {
		return 0, 0, false
	}
	last = size - 1
	if b != "" {
		if last, err = strconv.Atoi(b); err != nil || last < first {
			return 0, 0, false
		}
		last = min(last, size-1)
	}
	if first >= size {
		return -1, 0, true
	}
	return first, last, true
}

// negotiateEncoding picks "br", "gzip" or "" (identity) from an
// Accept-Encoding header, honouring q=0 refusals.
func negotiateEncoding(accept string, haveBr, haveGz bool) string {
	q := map[string]float64{}
	for _, part := range strings.Split(accept, ",") {
		fields := strings.Split(part, ";")
		coding := strings.ToLower(strings.TrimSpace(fields[0]))
		if coding == "" {
			continue
		}
		v := 1.0
		for _, f := range fields[1:] {
			f = strings.TrimSpace(f)
			if rest, ok := strings.CutPrefix(f, "q="); ok {
				if p, err := strconv.ParseFloat(rest, 64); err == nil {
					v = p
				}
			}
		}
		q[coding] = v
	}
	accepts := func(c string) bool {
		if v, ok := q[c]; ok {
			return v > 0
		}
		v, ok := q["*"]
		return ok && v > 0
	}
	switch {
	case haveBr && accepts("br"):
		return "br"
	case haveGz && accepts("gzip"):
		return "gzip"
	}
	return ""
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
