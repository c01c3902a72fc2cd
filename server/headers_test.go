package server

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestInlineHashes(t *testing.T) {
	code := "console.log(1)"
	sum := sha256.Sum256([]byte(code))
	want := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	scripts, styles := inlineHashes([]string{
		`<script>` + code + `</script>`,
		`<script src="/web/x.js"></script>`,
		`<style>b{color:red}</style><meta name="x">`,
	})
	if len(scripts) != 1 || scripts[0] != want {
		t.Errorf("script hashes %v, want [%s]", scripts, want)
	}
	if len(styles) != 1 {
		t.Errorf("style hashes %v, want one", styles)
	}
	p := newPolicies([]string{`<script>` + code + `</script>`})
	if !strings.Contains(p.normal, "script-src 'self' 'wasm-unsafe-eval' "+want) {
		t.Errorf("policy does not allow the inline script by hash: %s", p.normal)
	}
}

func TestNegotiateEncoding(t *testing.T) {
	for _, tt := range []struct {
		accept string
		br, gz bool
		want   string
	}{
		{"br, gzip", true, true, "br"},
		{"br, gzip", false, true, "gzip"},
		{"gzip;q=0.5, br;q=0", true, true, "gzip"},
		{"GZIP", true, true, "gzip"},
		{"*;q=0", true, true, ""},
		{"deflate", true, true, ""},
	} {
		if got := negotiateEncoding(tt.accept, tt.br, tt.gz); got != tt.want {
			t.Errorf("%q (br %v gz %v): %q, want %q", tt.accept, tt.br, tt.gz, got, tt.want)
		}
	}
}

// Serve answers requests and, when its context ends, lets a request in
// flight finish before returning.
func TestServeGracefulShutdown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()

	started := make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			close(started)
			time.Sleep(300 * time.Millisecond)
		}
		w.Write([]byte("ok"))
	})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, addr, h) }()

	var res *http.Response
	for i := 0; i < 50; i++ {
		if res, err = http.Get("http://" + addr + "/"); err == nil {
			res.Body.Close()
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	slow := make(chan error, 1)
	go func() {
		res, err := http.Get("http://" + addr + "/slow")
		if err == nil {
			res.Body.Close()
			if res.StatusCode != 200 {
				err = errors.New(res.Status)
			}
		}
		slow <- err
	}()
	<-started
	cancel()
	if err := <-slow; err != nil {
		t.Errorf("request in flight failed: %v", err)
	}
	if err := <-done; err != nil {
		t.Errorf("Serve: %v", err)
	}
}
