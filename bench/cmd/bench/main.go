//go:build !wasm

// Command bench measures the explorer against a minimal go-app hello world
// built in the same run with the same Go and flags (bench/baseline), and
// writes docs/PERFORMANCE.md and docs/performance.svg. `make bench` runs it:
//
//	go run ./bench/cmd/bench -out docs/PERFORMANCE.md
//
// It needs /usr/bin/chromium and Lighthouse in bench/node_modules
// (npm ci --prefix bench). Everything is served on loopback ports it picks;
// nothing is written outside the report, its SVG and a temporary directory
// (and bench/out/, which keeps the Lighthouse reports).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"math"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/apl-explorer/explorer/components"
	"github.com/apl-explorer/explorer/policy"
)

var nan = math.NaN()

// The pages measured: the home page, a question and an outcome.
var pages = []struct{ Name, Path, LinkSel string }{
	{"home", "/", ""},
	{"question", "/ask/use", "a.option[href]"},
	{"outcome", "/ask/use/apl/korea", ""},
}

// lighthousePages are the pages Lighthouse audits: the three above, and
// the same three in French, Arabic (right to left) and Korean.
var lighthousePages = []string{"/", "/ask/use", "/ask/use/apl/korea", "/fr/", "/ar/ask/use", "/ko/ask/use/apl/korea"}

const questionPath = "/ask/use"

func main() {
	out := flag.String("out", "docs/PERFORMANCE.md", "the report to write; the SVG chart goes next to it as performance.svg")
	runs := flag.Int("runs", 5, "runs of the cheap browser measurements (cold loads, plain HTML, offline)")
	slowRuns := flag.Int("slow-runs", 5, "runs of the slow-4G loads of the apps (about 15 s each)")
	lhRuns := flag.Int("lighthouse-runs", 3, "Lighthouse runs per page")
	skipLH := flag.Bool("skip-lighthouse", false, "leave Lighthouse out (for a quick check of the rest)")
	skipGo := flag.Bool("skip-gobench", false, "leave the policy engine's Go benchmarks out")
	steps := flag.Bool("steps-only", false, "measure only the steps and print them; no report")
	against := flag.String("against", "", "with -steps-only: a git revision whose app.wasm is walked in turn with this one's, in the same run")
	rounds := flag.Int("rounds", 3, "with -against: walks of each build, alternated")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("bench: ")
	if *steps {
		if err := stepsOnly(*against, *rounds); err != nil {
			log.Fatal(err)
		}
		return
	}
	start := time.Now()
	r, err := run(*runs, *slowRuns, *lhRuns, *skipLH, *skipGo)
	if err != nil {
		log.Fatal(err)
	}
	r.Command = "make bench   # npm ci --prefix bench && go run ./bench/cmd/bench -out " + *out
	r.Elapsed = time.Since(start)
	if err := writeReport(*out, r); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s and %s in %s", *out, filepath.Join(filepath.Dir(*out), "performance.svg"), r.Elapsed.Round(time.Second))
}

// results is everything the report shows.
type results struct {
	Machine                machine
	Command                string
	Elapsed                time.Duration
	Runs, SlowRuns, LHRuns int
	WasmExplorer, WasmBase sizes
	Cold                   map[string][]loadResult // "explorer /ask/use", "baseline /"
	SlowExplorer, SlowBase []loadResult
	SlowPlain              []loadResult
	PlainHTMLBytes         int
	Walk, Walk4x           walkResult
	WalkErr, Walk4xErr     string
	WalkSkipped            int
	Offline                []offlineResult
	OfflineErr             string
	LH                     map[string]lhSummary // "explorer /", "baseline /"
	LHErr                  string
	GoBench                goBenchResult
	GoBenchErr             string
	Throttle               string
	Errors                 []string
}

type machine struct {
	NProc                           string
	CPU, Memory, Go, Chromium, Date string
	Lighthouse                      string
}

func step(format string, args ...any) { log.Printf(format, args...) }

func run(runs, slowRuns, lhRuns int, skipLH, skipGo bool) (*results, error) {
	ctx := context.Background()
	root, err := moduleRoot()
	if err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp("", "apl-bench-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	keep := filepath.Join(root, "bench", "out")
	os.RemoveAll(keep)
	if err := os.MkdirAll(keep, 0o755); err != nil {
		return nil, err
	}
	r := &results{Runs: runs, SlowRuns: slowRuns, LHRuns: lhRuns, Cold: map[string][]loadResult{}, LH: map[string]lhSummary{}}
	r.Machine = describeMachine()

	// 1. Build both apps, same Go, same flags.
	step("building the explorer and the baseline (GOOS=js GOARCH=wasm go build %s)", strings.Join(buildFlags, " "))
	exDir, baseDir := filepath.Join(tmp, "explorer-web"), filepath.Join(tmp, "baseline-web")
	var baseBin string
	var exErr, baseErr error
	var wg sync.WaitGroup
	wg.Go(func() { exErr = buildExplorer(ctx, root, exDir) })
	wg.Go(func() { baseBin, baseErr = buildBaseline(ctx, root, baseDir) })
	wg.Wait()
	if err := errors.Join(exErr, baseErr); err != nil {
		return nil, err
	}
	step("compressing both app.wasm (gzip -9, brotli 11)")
	wg.Go(func() { r.WasmExplorer, exErr = compressWasm(exDir) })
	wg.Go(func() { r.WasmBase, baseErr = compressWasm(baseDir) })
	wg.Wait()
	if err := errors.Join(exErr, baseErr); err != nil {
		return nil, err
	}
	step("app.wasm explorer %d B raw, %d B gzip, %d B brotli; baseline %d, %d, %d",
		r.WasmExplorer.Raw, r.WasmExplorer.Gzip, r.WasmExplorer.Brotli, r.WasmBase.Raw, r.WasmBase.Gzip, r.WasmBase.Brotli)

	// 2. The policy engine's Go benchmarks, while nothing else runs.
	if !skipGo {
		step("go test -run XXX -bench . -benchmem -count 5 ./policy")
		r.GoBench, err = runGoBench(ctx, root, tmp)
		if err != nil {
			r.GoBenchErr = err.Error()
			log.Printf("policy benchmarks: %v", err)
		}
	}

	// 3. The servers.
	components.Register()
	exHandler, err := explorerHandler(exDir)
	if err != nil {
		return nil, err
	}
	factory := func() http.Handler { return exHandler }
	base, err := startBaseline(ctx, baseBin, baseDir)
	if err != nil {
		return nil, err
	}
	defer base.Close()
	ex := serve(exHandler)
	defer ex.Close()
	plainH, plainLen, err := plainHandler(exHandler, questionPath)
	if err != nil {
		return nil, err
	}
	r.PlainHTMLBytes = plainLen
	plain := serve(plainH)
	defer plain.Close()
	step("serving the explorer on %s, the baseline on %s, the plain question page on %s", ex.URL, base.URL, plain.URL)

	// 4. Browser measurements.
	bctx, bcancel, err := startBrowser(ctx, filepath.Join(tmp, "chromium"))
	if err != nil {
		return nil, err
	}
	fail := func(what string, err error) {
		msg := fmt.Sprintf("%s: %v", what, err)
		r.Errors = append(r.Errors, msg)
		log.Print(msg)
	}
	step("cold loads, unthrottled, %d runs each", runs)
	for i := 0; i < runs; i++ {
		for _, p := range pages {
			s := serve(exHandler)
			res, err := coldLoad(bctx, loadOpts{URL: s.URL + p.Path, LinkSel: p.LinkSel, Timeout: 60 * time.Second, WaitSW: true, Counter: s.c})
			s.Close()
			if err != nil {
				fail("cold load explorer "+p.Path, err)
				continue
			}
			r.Cold["explorer "+p.Path] = append(r.Cold["explorer "+p.Path], res)
		}
		res, err := coldLoad(bctx, loadOpts{URL: base.URL + "/", Timeout: 60 * time.Second})
		if err != nil {
			fail("cold load baseline /", err)
		} else {
			r.Cold["baseline /"] = append(r.Cold["baseline /"], res)
		}
	}

	step("slow 4G + 4x CPU: explorer %s and baseline / (%d runs), plain HTML %s (%d runs)", questionPath, slowRuns, questionPath, runs)
	for i := 0; i < max(runs, slowRuns); i++ {
		if i < slowRuns {
			s := serve(exHandler)
			res, err := coldLoad(bctx, loadOpts{URL: s.URL + questionPath, LinkSel: "a.option[href]", Slow: true, Timeout: 150 * time.Second})
			s.Close()
			if err != nil {
				fail("slow 4G explorer", err)
			} else {
				r.SlowExplorer = append(r.SlowExplorer, res)
				step("  explorer: answerable %.0f ms, running %.0f ms", res.Answerable, res.Running)
			}
			res, err = coldLoad(bctx, loadOpts{URL: base.URL + "/", Slow: true, Timeout: 150 * time.Second})
			if err != nil {
				fail("slow 4G baseline", err)
			} else {
				r.SlowBase = append(r.SlowBase, res)
				step("  baseline: h1 readable %.0f ms, running %.0f ms", res.Answerable, res.Running)
			}
		}
		if i < runs {
			res, err := coldLoad(bctx, loadOpts{URL: plain.URL + questionPath, LinkSel: "a.option[href]", NoApp: true, Slow: true, Timeout: 60 * time.Second})
			if err != nil {
				fail("slow 4G plain HTML", err)
			} else {
				r.SlowPlain = append(r.SlowPlain, res)
				step("  plain HTML: answerable %.0f ms", res.Answerable)
			}
		}
	}
	r.Throttle = throttleMethod

	if err := measureSteps(bctx, ex.URL, r, fail); err != nil {
		return nil, err
	}

	step("offline cold start from the service worker's cache, %d runs", runs)
	for i := 0; i < runs; i++ {
		res, err := offlineStart(bctx, factory, questionPath, "a.option[href]")
		if err != nil {
			r.OfflineErr = err.Error()
			fail("offline", err)
			continue
		}
		r.Offline = append(r.Offline, res)
	}
	bcancel()

	// 5. Lighthouse, alone on the machine.
	if !skipLH {
		targets := []struct{ key, url string }{}
		for _, p := range lighthousePages {
			targets = append(targets, struct{ key, url string }{"explorer " + p, ex.URL + p})
		}
		targets = append(targets, struct{ key, url string }{"baseline /", base.URL + "/"})
		step("Lighthouse %d runs x %d pages", lhRuns, len(targets))
		all := map[string][]lhRun{}
		for i := 0; i < lhRuns; i++ {
			for j, t := range targets {
				f := filepath.Join(keep, fmt.Sprintf("lighthouse-%d-run%d.json", j, i+1))
				lr, err := lighthouse(ctx, root, f, t.url)
				if err != nil { // Lighthouse's trace recording is flaky (NO_NAVSTART): one retry
					log.Printf("lighthouse %s failed, retrying once: %s", t.key, oneLine(err.Error()))
					lr, err = lighthouse(ctx, root, f, t.url)
				}
				if err != nil {
					r.LHErr = err.Error()
					fail("lighthouse "+t.key, err)
					continue
				}
				step("  %s: perf %.2f a11y %.2f bp %.2f seo %.2f", t.key, lr.Scores["performance"], lr.Scores["accessibility"], lr.Scores["best-practices"], lr.Scores["seo"])
				all[t.key] = append(all[t.key], lr)
			}
		}
		for k, v := range all {
			r.LH[k] = summariseLH(v)
			r.Machine.Lighthouse = r.LH[k].Version
		}
	}

	return r, nil
}

// measureSteps walks every outcome path in the running app, unthrottled,
// and every fourth path 4× throttled, then does the same steps as full
// loads of the prerendered pages with scripts off, at the same CPU rate.
func measureSteps(bctx context.Context, base string, r *results, fail func(string, error)) error {
	seqs, skipped, err := outcomeClicks()
	if err != nil {
		return err
	}
	r.WalkSkipped = skipped
	var sample [][]string // every 4th path: the throttled walk is slow
	for i := 0; i < len(seqs); i += 4 {
		sample = append(sample, seqs[i])
	}
	for _, w := range []struct {
		paths  [][]string
		rate   float64
		result *walkResult
		err    *string
	}{{seqs, 1, &r.Walk, &r.WalkErr}, {sample, 4, &r.Walk4x, &r.Walk4xErr}} {
		step("step latency: walking %d outcome paths (%d clicks), CPU rate %gx", len(w.paths), countClicks(w.paths), w.rate)
		*w.result, err = walk(bctx, base, w.paths, w.rate)
		if err != nil {
			*w.err = err.Error()
			fail(fmt.Sprintf("walk at %gx", w.rate), err)
		} else if err := fullLoads(bctx, base, w.result, w.rate); err != nil {
			fail(fmt.Sprintf("full loads at %gx", w.rate), err)
		}
		logWalk(*w.result)
	}
	return nil
}

func logWalk(w walkResult) {
	step("  in the app, to the frame: median %.1f ms, p95 %.1f ms; to the paint: median %.1f ms, p95 %.1f ms; full loads, scripts off: median %.1f ms, p95 %.1f ms",
		median(w.Steps), percentile(w.Steps, 95), median(w.Paint), percentile(w.Paint, 95), median(w.Full), percentile(w.Full, 95))
}

// outcomeClicks gives, for every outcome state, the hrefs clicked from the
// first question to reach it.
func outcomeClicks() ([][]string, int, error) {
	states, err := policy.AllStates()
	if err != nil {
		return nil, 0, err
	}
	var out [][]string
	skipped := 0
next:
	for _, s := range states {
		if !s.Done() {
			continue
		}
		cur, err := policy.Resolve(policy.Answers{})
		if err != nil {
			return nil, 0, err
		}
		var seq []string
		for !cur.Done() {
			a, ok := s.Answers[cur.Next]
			if !ok {
				skipped++
				continue next
			}
			found := false
			for _, st := range cur.Options() {
				if st.Answer == a {
					seq, found = append(seq, st.Path), true
				}
			}
			if !found {
				skipped++
				continue next
			}
			if cur, err = policy.Resolve(cur.Answers.With(cur.Next, a)); err != nil {
				return nil, 0, err
			}
		}
		if cur.Path != s.Path {
			skipped++
			continue
		}
		out = append(out, seq)
	}
	return out, skipped, nil
}

func countClicks(seqs [][]string) int {
	n := 0
	for _, s := range seqs {
		n += len(s)
	}
	return n
}

func moduleRoot() (string, error) {
	out, err := execOutput("go", "env", "GOMOD")
	if err != nil {
		return "", err
	}
	gomod := strings.TrimSpace(out)
	if gomod == "" || gomod == os.DevNull {
		return "", errors.New("run from inside the explorer's module")
	}
	return filepath.Dir(gomod), nil
}

func execOutput(name string, args ...string) (string, error) {
	out, err := exec.Command(name, args...).Output()
	return string(out), err
}

func describeMachine() machine {
	m := machine{Date: time.Now().UTC().Format("2006-01-02 15:04 UTC")}
	if out, err := execOutput("nproc"); err == nil {
		m.NProc = strings.TrimSpace(out)
	}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
				m.CPU = strings.TrimSpace(v)
				break
			}
		}
	}
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(l, "MemTotal:"); ok {
				var kb float64
				fmt.Sscanf(strings.TrimSpace(v), "%f", &kb)
				m.Memory = fmt.Sprintf("%.1f GiB", kb/1024/1024)
			}
		}
	}
	if out, err := execOutput("go", "version"); err == nil {
		m.Go = strings.TrimSpace(out)
	}
	m.Chromium = browserVersion()
	return m
}
