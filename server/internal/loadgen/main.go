//go:build !wasm

// Command loadgen is the bounded load test of `make load`: it starts the
// explorer's server as a child process on a loopback port, sends a fixed
// number of requests (or runs for a fixed time) over many connections,
// mixing pages, wizard states, bad links, redirects and assets, and
// reports errors, throughput, latency percentiles and the server's memory
// before and after. It only ever talks to 127.0.0.1.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/apl-explorer/explorer/components"
	"github.com/apl-explorer/explorer/policy"
	"github.com/apl-explorer/explorer/server"
)

// target is one kind of request and the status it must get.
type target struct {
	path   string
	status int
	gzip   bool
}

func main() {
	n := flag.Int("n", 50000, "number of requests (ignored with -duration)")
	conc := flag.Int("c", 64, "concurrent connections")
	dur := flag.Duration("duration", 0, "run for this long instead of -n requests (soak)")
	web := flag.String("web", "web", "web directory of the server under test")
	child := flag.Bool("serve", false, "internal: serve on the listener passed as file descriptor 3 (the child process)")
	flag.Parse()
	if *child {
		os.Exit(serveChild(*web))
	}
	if err := run(*n, *conc, *dur, *web); err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		os.Exit(1)
	}
}

// serveChild is the server under test, in its own process so that its
// memory can be read apart from the load generator's. It serves on the
// listener the parent opened and passed down (file descriptor 3).
func serveChild(web string) int {
	components.Register()
	h, err := server.Handler(server.Config{WebDir: web, Quiet: true, Log: slog.New(slog.NewTextHandler(os.Stderr, nil))})
	if err != nil {
		fmt.Fprintln(os.Stderr, "serve:", err)
		return 1
	}
	ln, err := net.FileListener(os.NewFile(3, "listener"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "serve:", err)
		return 1
	}
	// Serve returns nil when the parent's SIGTERM stops it.
	if err := server.Serve(context.Background(), ln, h); err != nil {
		fmt.Fprintln(os.Stderr, "serve:", err)
		return 1
	}
	return 0
}

// rssKB reads a process's resident memory from /proc.
func rssKB(pid int) int {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			v, _ := strconv.Atoi(f[1])
			return v
		}
	}
	return -1
}

func targets() []target {
	var ts []target
	for _, p := range components.StaticPaths() {
		ts = append(ts, target{path: p, status: 200, gzip: true})
	}
	for _, p := range policy.AllPaths() {
		ts = append(ts, target{path: p, status: 200, gzip: true}, target{path: components.EmbedPrefix + p, status: 200})
	}
	ts = append(ts,
		target{path: "/ask/use/bogus", status: 404},
		target{path: "/ask/use/develop", status: 404},
		target{path: "/nope", status: 404},
		target{path: "/web/../go.mod", status: 400},
		target{path: "/ask/korea/apl/use", status: 308},
		target{path: "/ask/clear/apl", status: 308},
		target{path: "/app.js", status: 200, gzip: true},
		target{path: "/app-worker.js", status: 200},
		target{path: "/manifest.webmanifest", status: 200},
		target{path: "/web/app.css", status: 200, gzip: true},
		target{path: "/web/embed.js", status: 200},
		target{path: "/policy.json", status: 200, gzip: true},
	)
	return ts
}

func run(n, conc int, dur time.Duration, web string) error {
	// The parent listens and hands the socket to the child: the port is
	// never free between being picked and being served.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	addr := ln.Addr().String()
	f, err := ln.(*net.TCPListener).File()
	ln.Close()
	if err != nil {
		return err
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	cmd := exec.Command(self, "-serve", "-web", web)
	cmd.Stderr = os.Stderr
	cmd.ExtraFiles = []*os.File{f}
	err = cmd.Start()
	f.Close()
	if err != nil {
		return err
	}
	defer func() {
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
	}()
	base := "http://" + addr
	if err := waitUp(base, 60*time.Second); err != nil {
		return err
	}
	// One request of each kind first: every target must answer as it
	// should before any load is sent.
	client := &http.Client{
		Transport:     &http.Transport{MaxIdleConnsPerHost: conc, MaxConnsPerHost: conc, DisableCompression: true},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		Timeout:       30 * time.Second,
	}
	ts := targets()
	for _, t := range ts {
		if _, err := fetch(client, base, t); err != nil {
			return fmt.Errorf("warm-up: %w", err)
		}
	}
	rssBefore := rssKB(cmd.Process.Pid)

	var sent, errs atomic.Int64
	var firstErr atomic.Value
	lat := make([][]time.Duration, conc)
	deadline := time.Time{}
	if dur > 0 {
		deadline = time.Now().Add(dur)
	}
	start := time.Now()
	var wg sync.WaitGroup
	for w := 0; w < conc; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(w), 7))
			for {
				if dur > 0 {
					if time.Now().After(deadline) {
						return
					}
				} else if sent.Add(1) > int64(n) {
					return
				}
				t := ts[r.IntN(len(ts))]
				d, err := fetch(client, base, t)
				if dur > 0 {
					sent.Add(1)
				}
				if err != nil {
					errs.Add(1)
					firstErr.CompareAndSwap(nil, err.Error())
					continue
				}
				lat[w] = append(lat[w], d)
			}
		}(w)
	}
	wg.Wait()
	elapsed := time.Since(start)
	rssAfter := rssKB(cmd.Process.Pid)

	var all []time.Duration
	for _, l := range lat {
		all = append(all, l...)
	}
	slices.Sort(all)
	total := len(all) + int(errs.Load())
	pct := func(p float64) time.Duration {
		if len(all) == 0 {
			return 0
		}
		return all[min(len(all)-1, int(float64(len(all))*p))]
	}
	fmt.Printf("requests: %d over %d connections in %s (%d kinds of request)\n", total, conc, elapsed.Round(time.Millisecond), len(ts))
	fmt.Printf("errors: %d\n", errs.Load())
	fmt.Printf("throughput: %.0f requests/s\n", float64(total)/elapsed.Seconds())
	fmt.Printf("latency: p50 %s, p99 %s, max %s\n", pct(0.50).Round(10*time.Microsecond), pct(0.99).Round(10*time.Microsecond), pct(1).Round(10*time.Microsecond))
	fmt.Printf("server memory (RSS): %d KiB before, %d KiB after\n", rssBefore, rssAfter)
	if e := errs.Load(); e > 0 {
		return fmt.Errorf("%d requests failed; first: %v", e, firstErr.Load())
	}
	return nil
}

// fetch sends one request, reads the whole body, and checks the status.
func fetch(c *http.Client, base string, t target) (time.Duration, error) {
	req, err := http.NewRequest(http.MethodGet, base+t.path, nil)
	if err != nil {
		return 0, err
	}
	if t.gzip {
		req.Header.Set("Accept-Encoding", "gzip")
	}
	start := time.Now()
	resp, err := c.Do(req)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", t.path, err)
	}
	_, err = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	d := time.Since(start)
	if err != nil {
		return 0, fmt.Errorf("%s: reading body: %w", t.path, err)
	}
	if resp.StatusCode != t.status {
		return 0, fmt.Errorf("%s: status %d, want %d", t.path, resp.StatusCode, t.status)
	}
	return d, nil
}

func waitUp(base string, limit time.Duration) error {
	end := time.Now().Add(limit)
	for time.Now().Before(end) {
		resp, err := http.Get(base + "/")
		if err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(200 * time.Millisecond)
	}
	return fmt.Errorf("server at %s did not answer within %s", base, limit)
}
