package server

import (
	"context"
	"errors"
	"net"
	"net/http"
	"testing"
	"time"
)

// Serve answers requests and, when its context ends, lets a request in
// flight finish before returning.
func TestServeGracefulShutdown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()

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
	go func() { done <- Serve(ctx, ln, h) }()

	// The listener is open before Serve runs: the first request waits in
	// its backlog, with no retry.
	res, err := http.Get("http://" + addr + "/")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
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
