package server

import (
	"bytes"
	"net/http"
	"strconv"
	"testing"
)

// A download cut half-way resumes (issue 15, item 7): app.wasm answers a
// Range with 206 in every encoding, counting the bytes as sent, and an
// If-Range with the ETag of that representation; an If-Range naming
// another version (or a weak tag, or a date) gets the whole body again.
func TestWasmRangeResumes(t *testing.T) {
	s, h := testSite(t)
	url := "/web/app.wasm?v=" + s.assets.byName[wasmName].tag
	for _, enc := range []string{"br", "gzip", ""} {
		full := do(h, "GET", url, "Accept-Encoding", enc)
		body, etag := full.Body.Bytes(), full.Header().Get("ETag")
		if full.Code != 200 || full.Header().Get("Accept-Ranges") != "bytes" || len(etag) < 3 || etag[0] != '"' {
			t.Fatalf("%q: status %d, Accept-Ranges %q, ETag %q: want 200, bytes and a strong tag",
				enc, full.Code, full.Header().Get("Accept-Ranges"), etag)
		}
		n := len(body)
		cut := n / 3
		for _, tt := range []struct {
			name, rng, ifRange string
			status             int
			from, to           int // the body's bytes expected, [from, to)
		}{
			{"open end", "bytes=" + strconv.Itoa(cut) + "-", "", 206, cut, n},
			{"resume with If-Range", "bytes=" + strconv.Itoa(cut) + "-", etag, 206, cut, n},
			{"closed", "bytes=0-99", etag, 206, 0, 100},
			{"suffix", "bytes=-100", "", 206, n - 100, n},
			{"past the end clipped", "bytes=" + strconv.Itoa(n-10) + "-" + strconv.Itoa(n+1000), "", 206, n - 10, n},
			{"another version", "bytes=" + strconv.Itoa(cut) + "-", `"0123456789abcdef-br"`, 200, 0, n},
			{"weak tag", "bytes=" + strconv.Itoa(cut) + "-", "W/" + etag, 200, 0, n},
			{"a date", "bytes=" + strconv.Itoa(cut) + "-", "Wed, 21 Oct 2015 07:28:00 GMT", 200, 0, n},
			{"two ranges", "bytes=0-9,20-29", "", 200, 0, n},
			{"not bytes", "items=0-9", "", 200, 0, n},
			{"malformed", "bytes=x-", "", 200, 0, n},
		} {
			rec := do(h, "GET", url, "Accept-Encoding", enc, "Range", tt.rng, "If-Range", tt.ifRange)
			if rec.Code != tt.status {
				t.Errorf("%q %s: status %d, want %d", enc, tt.name, rec.Code, tt.status)
				continue
			}
			if !bytes.Equal(rec.Body.Bytes(), body[tt.from:tt.to]) {
				t.Errorf("%q %s: %d bytes, want bytes %d to %d of the full body", enc, tt.name, rec.Body.Len(), tt.from, tt.to)
			}
			if cl := rec.Header().Get("Content-Length"); cl != strconv.Itoa(tt.to-tt.from) {
				t.Errorf("%q %s: Content-Length %q, want %d", enc, tt.name, cl, tt.to-tt.from)
			}
			if rec.Header().Get("Content-Encoding") != full.Header().Get("Content-Encoding") || rec.Header().Get("ETag") != etag {
				t.Errorf("%q %s: Content-Encoding %q, ETag %q; want those of the full response", enc, tt.name,
					rec.Header().Get("Content-Encoding"), rec.Header().Get("ETag"))
			}
			want := ""
			if tt.status == 206 {
				want = "bytes " + strconv.Itoa(tt.from) + "-" + strconv.Itoa(tt.to-1) + "/" + strconv.Itoa(n)
			}
			if got := rec.Header().Get("Content-Range"); got != want {
				t.Errorf("%q %s: Content-Range %q, want %q", enc, tt.name, got, want)
			}
		}
		if rec := do(h, "GET", url, "Accept-Encoding", enc, "Range", "bytes="+strconv.Itoa(n)+"-"); rec.Code != http.StatusRequestedRangeNotSatisfiable ||
			rec.Header().Get("Content-Range") != "bytes */"+strconv.Itoa(n) || rec.Body.Len() != 0 {
			t.Errorf("%q: a range past the end: %d, Content-Range %q, %d bytes; want 416, bytes */%d, none",
				enc, rec.Code, rec.Header().Get("Content-Range"), rec.Body.Len(), n)
		}
		// A HEAD says what a GET would send; a range on it is ignored.
		if rec := do(h, "HEAD", url, "Accept-Encoding", enc, "Range", "bytes=0-9"); rec.Code != 200 || rec.Header().Get("Content-Length") != strconv.Itoa(n) {
			t.Errorf("%q: HEAD with a range: %d, Content-Length %q", enc, rec.Code, rec.Header().Get("Content-Length"))
		}
	}
	// Pages and text files take ranges too; a 404 page has no ETag and
	// ignores them.
	if rec := do(h, "GET", "/about", "Range", "bytes=0-9"); rec.Code != 206 || rec.Body.String() != "<!doctype " {
		t.Errorf("/about with a range: %d %q", rec.Code, rec.Body.String())
	}
	if rec := do(h, "GET", "/ask/use/bogus", "Range", "bytes=0-9"); rec.Code != 404 || rec.Body.Len() <= 10 {
		t.Errorf("a 404 page with a range: %d, %d bytes", rec.Code, rec.Body.Len())
	}
}
