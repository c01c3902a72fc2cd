//go:build !wasm

package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/apl-explorer/explorer/components"
)

// stepsOnly builds the explorer and measures its steps, for a quick check
// while working on them; it writes no report. With a revision to compare
// against, it builds that revision's app.wasm too (from a temporary git
// worktree) and walks the two in turn, rounds times each, so that both
// meet the same machine: on two shared cores one walk's median moves by
// several milliseconds from run to run. The pages the walks start from
// are prerendered by this revision's server; every step is drawn by the
// app.wasm under test.
func stepsOnly(against string, rounds int) error {
	ctx := context.Background()
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "apl-steps-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	type build struct{ name, root, dir, url string }
	builds := []*build{{name: "this tree", root: root}}
	if against != "" {
		wt := filepath.Join(tmp, "against")
		if out, err := exec.CommandContext(ctx, "git", "-C", root, "worktree", "add", "--detach", wt, against).CombinedOutput(); err != nil {
			return fmt.Errorf("git worktree add %s: %w\n%s", against, err, out)
		}
		defer exec.Command("git", "-C", root, "worktree", "remove", "--force", wt).Run()
		builds = append(builds, &build{name: against, root: wt})
	}
	components.Register()
	for i, b := range builds {
		b.dir = filepath.Join(tmp, fmt.Sprintf("web-%d", i))
		if err := buildExplorer(ctx, b.root, b.dir); err != nil {
			return err
		}
		sz, err := compressWasm(b.dir)
		if err != nil {
			return err
		}
		step("%s: app.wasm %d B raw, %d B brotli 11", b.name, sz.Raw, sz.Brotli)
		h, err := explorerHandler(b.dir)
		if err != nil {
			return err
		}
		s := serve(h)
		defer s.Close()
		b.url = s.URL
	}
	bctx, bcancel, err := startBrowser(ctx, filepath.Join(tmp, "chromium"))
	if err != nil {
		return err
	}
	defer bcancel()
	if against == "" {
		rounds = 1
	}
	all := make([]walkResult, len(builds))
	all4 := make([]walkResult, len(builds))
	add := func(to *walkResult, w walkResult) {
		to.Steps = append(to.Steps, w.Steps...)
		to.Paint = append(to.Paint, w.Paint...)
		to.Full = append(to.Full, w.Full...)
		to.Hrefs = append(to.Hrefs, w.Hrefs...)
	}
	var errs []error
	for range rounds {
		for i, b := range builds {
			r := &results{}
			step("%s:", b.name)
			if err := measureSteps(bctx, b.url, r, func(what string, err error) {
				errs = append(errs, fmt.Errorf("%s %s: %w", b.name, what, err))
			}); err != nil {
				return err
			}
			add(&all[i], r.Walk)
			add(&all4[i], r.Walk4x)
		}
	}
	for i, b := range builds {
		step("%s, %d rounds, unthrottled then 4× throttled:", b.name, rounds)
		logWalk(all[i])
		logWalk(all4[i])
	}
	if len(builds) == 2 {
		for _, w := range []struct {
			name string
			a, b walkResult
		}{{"unthrottled", all[0], all[1]}, {"4× throttled", all4[0], all4[1]}} {
			step("%s, this tree ÷ %s: to the frame, median %.2f×, p95 %.2f×; to the paint, median %.2f×, p95 %.2f×", w.name, against,
				ratio(median(w.a.Steps), median(w.b.Steps)), ratio(percentile(w.a.Steps, 95), percentile(w.b.Steps, 95)),
				ratio(median(w.a.Paint), median(w.b.Paint)), ratio(percentile(w.a.Paint, 95), percentile(w.b.Paint, 95)))
		}
	}
	return errors.Join(errs...)
}
