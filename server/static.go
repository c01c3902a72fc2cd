package server

import (
	"bytes"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// serveAsset answers a file of web/ from memory. A URL carrying the file's
// current content hash (?v=, as the resolver writes it) is cached for a
// year; any other URL must be revalidated with the ETag.
func (s *site) serveAsset(w http.ResponseWriter, r *http.Request, name string) {
	a := s.assets.byName[name]
	if a == nil {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	if r.URL.Query().Get("v") == a.hash {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "no-cache")
	}
	h.Set("Content-Type", a.ctype)
	body, etag := a.body, a.hash
	if a.br != nil || a.gz != nil {
		h.Add("Vary", "Accept-Encoding")
		switch enc := negotiateEncoding(r.Header.Get("Accept-Encoding"), a.br != nil, a.gz != nil); enc {
		case "br":
			body, etag = a.br, etag+"-br"
			h.Set("Content-Encoding", enc)
		case "gzip":
			body, etag = a.gz, etag+"-gz"
			h.Set("Content-Encoding", enc)
		}
	}
	h.Set("ETag", `"`+etag+`"`)
	if h.Get("Content-Encoding") == "" {
		// ServeContent answers If-None-Match, HEAD and Range requests.
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
		return
	}
	// ServeContent leaves out Content-Length for an encoded body, which
	// the browser's progress needs; a Range request gets the whole body.
	if etagMatch(r.Header.Get("If-None-Match"), etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// etagMatch reports whether an If-None-Match header lists etag (weak
// comparison, as RFC 9110 asks for If-None-Match).
func etagMatch(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == "*" || t == `"`+etag+`"` {
			return true
		}
	}
	return false
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
