//go:build !wasm

package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// goBenchResult is the policy engine's benchmarks.
type goBenchResult struct {
	Raw       string
	Benchstat string // benchstat's output, "" when it could not be run
	Rows      []goBenchRow
}

type goBenchRow struct {
	Name                string
	NsOp, BOp, AllocsOp float64 // medians
	NsMin, NsMax        float64
	Runs                int
}

var benchLine = regexp.MustCompile(`^(Benchmark\S+)\s+\d+\s+([\d.]+) ns/op(?:\s+([\d.]+) B/op)?(?:\s+([\d.]+) allocs/op)?`)

func runGoBench(ctx context.Context, root, tmp string) (goBenchResult, error) {
	cmd := exec.CommandContext(ctx, "go", "test", "-run", "XXX", "-bench", ".", "-benchmem", "-count", "5", "./policy")
	cmd.Dir = root
	out, err := cmd.CombinedOutput()
	res := goBenchResult{Raw: string(out)}
	if err != nil {
		return res, err
	}
	type acc struct{ ns, b, a []float64 }
	m := map[string]*acc{}
	for _, l := range strings.Split(res.Raw, "\n") {
		g := benchLine.FindStringSubmatch(strings.TrimSpace(l))
		if g == nil {
			continue
		}
		x := m[g[1]]
		if x == nil {
			x = &acc{}
			m[g[1]] = x
		}
		f := func(s string) float64 { v, _ := strconv.ParseFloat(s, 64); return v }
		x.ns = append(x.ns, f(g[2]))
		x.b = append(x.b, f(g[3]))
		x.a = append(x.a, f(g[4]))
	}
	for name, x := range m {
		lo, hi := minMax(x.ns)
		res.Rows = append(res.Rows, goBenchRow{Name: name, NsOp: median(x.ns), BOp: median(x.b), AllocsOp: median(x.a), NsMin: lo, NsMax: hi, Runs: len(x.ns)})
	}
	sort.Slice(res.Rows, func(i, j int) bool { return res.Rows[i].Name < res.Rows[j].Name })

	// benchstat from the module proxy; optional.
	f := filepath.Join(tmp, "policy")
	if os.WriteFile(f, out, 0o644) == nil {
		bctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
		defer cancel()
		bs := exec.CommandContext(bctx, "go", "run", "golang.org/x/perf/cmd/benchstat@latest", f)
		bs.Dir = tmp
		if o, err := bs.Output(); err == nil {
			res.Benchstat = string(o)
		}
	}
	return res, nil
}
