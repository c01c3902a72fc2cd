//go:build !wasm

package main

import (
	"fmt"
	"math"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

func kb(b float64) string {
	if math.IsNaN(b) {
		return "n/a"
	}
	return fmt.Sprintf("%.1f KiB", b/1024)
}

func ms(x float64) string {
	if math.IsNaN(x) {
		return "n/a"
	}
	return fmt.Sprintf("%.0f ms", x)
}

func fx(x float64) string {
	if math.IsNaN(x) {
		return "n/a"
	}
	return fmt.Sprintf("%.2f×", x)
}

func score(x float64) string {
	if math.IsNaN(x) {
		return "n/a"
	}
	return fmt.Sprintf("%.2f", x)
}

func field(rs []loadResult, f func(loadResult) float64) []float64 {
	var xs []float64
	for _, r := range rs {
		xs = append(xs, f(r))
	}
	return xs
}

// spread formats "median (min–max)".
func spread(xs []float64, format func(float64) string) string {
	if len(xs) == 0 {
		return "n/a"
	}
	lo, hi := minMax(xs)
	if len(xs) == 1 || lo == hi {
		return format(median(xs))
	}
	return fmt.Sprintf("%s (%s–%s)", format(median(xs)), strings.TrimSuffix(strings.TrimSuffix(format(lo), " ms"), " KiB"), format(hi))
}

// target is one line of the targets table.
type target struct {
	Name, Measured string
	Met            bool
	Known          bool
	Margin         string
}

func atLeast(name string, got, want float64, f func(float64) string) target {
	t := target{Name: name, Measured: f(got), Known: !math.IsNaN(got)}
	if t.Known {
		t.Met = got >= want-1e-9
		switch {
		case t.Met && math.Abs(got-want) < 1e-9:
			t.Margin = "exactly"
		case t.Met:
			t.Margin = strings.TrimSuffix(f(got-want), "×") + " above"
		default:
			t.Margin = strings.TrimSuffix(f(want-got), "×") + " short"
		}
	}
	return t
}

func atMost(name string, got, limit float64, f func(float64) string) target {
	t := target{Name: name, Measured: f(got), Known: !math.IsNaN(got)}
	if t.Known {
		t.Met = got <= limit+1e-9
		if t.Met {
			t.Margin = f(limit-got) + " to spare"
		} else {
			t.Margin = f(got-limit) + " over"
		}
	}
	return t
}

func (r *results) targets() []target {
	var ts []target
	for _, path := range lighthousePages {
		lh, ok := r.LH["explorer "+path]
		get := func(c string) float64 {
			if !ok {
				return nan
			}
			return lh.Scores[c]
		}
		ts = append(ts, atLeast(fmt.Sprintf("Lighthouse performance ≥ 0.95, `%s`", path), get("performance"), 0.95, score))
		for _, c := range []string{"accessibility", "best-practices", "seo"} {
			ts = append(ts, atLeast(fmt.Sprintf("Lighthouse %s = 1.00, `%s`", c, path), get(c), 1, score))
		}
	}
	ts = append(ts, atMost("app.wasm brotli ≤ 1.10 × baseline", ratio(float64(r.WasmExplorer.Brotli), float64(r.WasmBase.Brotli)), 1.10, fx))
	ts = append(ts, atMost("first question answerable ≤ 1.10 × plain HTML (slow 4G)",
		ratio(median(field(r.SlowExplorer, func(l loadResult) float64 { return l.Answerable })),
			median(field(r.SlowPlain, func(l loadResult) float64 { return l.Answerable }))), 1.10, fx))
	ts = append(ts, atMost("step latency median ≤ 20 ms (click to the next frame, unthrottled)", median(r.Walk.Steps), 20, msf))
	ts = append(ts, atMost("step latency p95 ≤ 33 ms (two frames, unthrottled)", percentile(r.Walk.Steps, 95), 33, msf))
	ts = append(ts, atMost("step latency p95 ≤ 100 ms (4× CPU throttling)", percentile(r.Walk4x.Steps, 95), 100, msf))
	return ts
}

func msf(x float64) string {
	if math.IsNaN(x) {
		return "n/a"
	}
	return fmt.Sprintf("%.1f ms", x)
}

func writeReport(out string, r *results) error {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	m := r.Machine
	p("# Performance\n\n")
	p("Written by `make bench` (`bench/cmd/bench`); do not edit by hand, rerun it. ")
	p("Every number comes from one run of the command, in which the explorer and a minimal go-app hello world ")
	p("(`bench/baseline`, the yardstick) are built with the same Go and the same flags (`-trimpath -ldflags=\"-s -w\"`), ")
	p("served on loopback ports and measured side by side. Times are medians, with the range (min–max) over the runs.\n\n")
	p("![Explorer ÷ baseline on the key metrics](performance.svg)\n\n")

	p("## Machine and run\n\n| | |\n|---|---|\n")
	p("| CPU | %s |\n| `nproc` | %s |\n| Memory | %s |\n| Go | %s |\n| Chromium | %s |\n| Lighthouse | %s (npm, pinned in `bench/package-lock.json`) |\n",
		m.CPU, m.NProc, m.Memory, m.Go, m.Chromium, orNA(m.Lighthouse))
	p("| Date | %s |\n| Command | `%s` |\n| Runs | %d (cold loads, plain HTML, offline), %d (slow-4G app loads), %d (Lighthouse per page) |\n| Benchmark runtime | %s (the `npm ci` before it not included) |\n\n",
		m.Date, r.Command, r.Runs, r.SlowRuns, r.LHRuns, r.Elapsed.Round(time.Second))

	p("## Targets\n\n| Target | Measured | Status | Margin |\n|---|---|---|---|\n")
	met, total := 0, 0
	for _, t := range r.targets() {
		status := "not measured"
		if t.Known {
			total++
			if t.Met {
				met++
				status = "**met**"
			} else {
				status = "**missed**"
			}
		}
		p("| %s | %s | %s | %s |\n", t.Name, t.Measured, status, orNA(t.Margin))
	}
	p("\n%d of %d targets met.\n\n", met, total)
	writeMisses(p, r.targets())

	// Sizes.
	p("## app.wasm size\n\n| | Explorer | Baseline | Explorer ÷ baseline |\n|---|---|---|---|\n")
	for _, row := range []struct {
		name string
		e, b int
	}{{"raw", r.WasmExplorer.Raw, r.WasmBase.Raw}, {"gzip -9", r.WasmExplorer.Gzip, r.WasmBase.Gzip}, {"brotli 11", r.WasmExplorer.Brotli, r.WasmBase.Brotli}} {
		p("| %s | %s (%d B) | %s (%d B) | %s |\n", row.name, kb(float64(row.e)), row.e, kb(float64(row.b)), row.b, fx(ratio(float64(row.e), float64(row.b))))
	}
	p("\n")

	// Bytes.
	baseCold := r.Cold["baseline /"]
	baseBytes := median(field(baseCold, func(l loadResult) float64 { return l.Bytes }))
	p("## Bytes transferred on a cold load\n\n")
	p("Headless Chromium, fresh browser context (empty cache, no service worker), no throttling; the sum of ")
	p("`encodedDataLength` over `Network.loadingFinished` (headers included, as on the wire) from navigation until the app runs. ")
	p("The baseline's only page is `/`. The last column is what the explorer's server wrote (bodies only) by the time the ")
	p("service worker controls the page: it adds the worker's precache downloads, which the page's events do not show.\n\n")
	p("| Page | Explorer | Requests | Baseline `/` | Explorer ÷ baseline | Server body bytes incl. worker precache |\n|---|---|---|---|---|---|\n")
	for _, pg := range pages {
		rs := r.Cold["explorer "+pg.Path]
		bytes := field(rs, func(l loadResult) float64 { return l.Bytes })
		nreq := field(rs, func(l loadResult) float64 { return float64(len(l.Requests)) })
		srv := field(rs, func(l loadResult) float64 { return float64(l.ServerBytes) })
		p("| `%s` | %s | %.0f | %s | %s | %s |\n", pg.Path, spread(bytes, kb), median(nreq), spread(field(baseCold, func(l loadResult) float64 { return l.Bytes }), kb), fx(ratio(median(bytes), baseBytes)), spread(srv, kb))
	}
	p("\n")
	if rs := r.Cold["explorer "+questionPath]; len(rs) > 0 {
		p("<details><summary>Requests of one cold load of <code>%s</code></summary>\n\n| Resource | Type | Status | Content-Encoding | Cache-Control | Bytes |\n|---|---|---|---|---|---|\n", questionPath)
		for _, q := range rs[0].Requests {
			p("| `%s` | %s | %d | %s | %s | %s |\n", shortURL(q.URL), q.MIME, q.Status, orDash(q.Encoding), orDash(q.CacheControl), kb(q.Bytes))
		}
		p("\n</details>\n\n")
	}

	// Lighthouse.
	p("## Lighthouse (mobile defaults, median of %d runs)\n\n", r.LHRuns)
	p("Lighthouse's default mobile run (simulated slow 4G, 4× CPU, moto g power screen) with Debian's Chromium (`CHROME_PATH=%s`, flags `%s`).\n\n", chromePath, strings.Join(chromeFlags, " "))
	if r.LHErr != "" && len(r.LH) == 0 {
		p("Lighthouse failed: `%s`\n\n", oneLine(r.LHErr))
	} else {
		p("| Page | Performance | Accessibility | Best practices | SEO | FCP | LCP | TBT | CLS | Speed Index |\n|---|---|---|---|---|---|---|---|---|---|\n")
		keys := []string{}
		for _, pg := range lighthousePages {
			keys = append(keys, "explorer "+pg)
		}
		keys = append(keys, "baseline /")
		for _, k := range keys {
			s, ok := r.LH[k]
			if !ok {
				p("| %s | n/a |||||||||\n", k)
				continue
			}
			p("| %s | %s | %s | %s | %s | %s | %s | %s | %.3f | %s |\n", labelOf(k),
				score(s.Scores["performance"]), score(s.Scores["accessibility"]), score(s.Scores["best-practices"]), score(s.Scores["seo"]),
				ms(s.Metrics["first-contentful-paint"]), ms(s.Metrics["largest-contentful-paint"]), ms(s.Metrics["total-blocking-time"]),
				s.Metrics["cumulative-layout-shift"], ms(s.Metrics["speed-index"]))
		}
		p("\nAudits that did not pass (accessibility, best practices, SEO, and performance diagnostics):\n\n")
		any := false
		for _, k := range keys {
			s := r.LH[k]
			if len(s.Failing) == 0 {
				continue
			}
			any = true
			p("- %s:\n", labelOf(k))
			for _, f := range s.Failing {
				p("  - %s\n", f)
			}
		}
		if !any {
			p("- none\n")
		}
		p("\nThe JSON reports are kept in `bench/out/` after a run.\n\n")
	}

	// Slow 4G.
	ans := func(rs []loadResult) []float64 { return field(rs, func(l loadResult) float64 { return l.Answerable }) }
	run := func(rs []loadResult) []float64 { return field(rs, func(l loadResult) float64 { return l.Running }) }
	fcp := func(rs []loadResult) []float64 { return field(rs, func(l loadResult) float64 { return l.FCP }) }
	p("## First question on a slow phone\n\n")
	p("DevTools throttling via CDP (`%s`: 1.6 Mbit/s down, 750 kbit/s up, 150 ms RTT; `Emulation.setCPUThrottlingRate` 4), ", r.Throttle)
	p("412×823 mobile viewport, cold cache. *Answerable* is the first animation frame in which the question's `h1` is laid out and not covered ")
	p("(by a loader, say) and an answer link (`a.option[href]`) is in the DOM; the links are plain `<a href>`, so they work before the app runs. ")
	p("*App running* is when go-app removes its loader after `go.run`. The plain-HTML page is the same prerendered `%s` with every `<script>` removed (%s), served with the same CSS.\n\n", questionPath, kb(float64(r.PlainHTMLBytes)))
	p("| | Runs | Answerable | App running | FCP | Bytes |\n|---|---|---|---|---|---|\n")
	p("| Explorer `%s` | %d | %s | %s | %s | %s |\n", questionPath, len(r.SlowExplorer), spread(ans(r.SlowExplorer), ms), spread(run(r.SlowExplorer), ms), spread(fcp(r.SlowExplorer), ms), kb(median(field(r.SlowExplorer, func(l loadResult) float64 { return l.Bytes }))))
	p("| Plain HTML `%s` (no scripts) | %d | %s | — | %s | %s |\n", questionPath, len(r.SlowPlain), spread(ans(r.SlowPlain), ms), spread(fcp(r.SlowPlain), ms), kb(median(field(r.SlowPlain, func(l loadResult) float64 { return l.Bytes }))))
	p("| Baseline `/` (its `h1`) | %d | %s | %s | %s | %s |\n", len(r.SlowBase), spread(ans(r.SlowBase), ms), spread(run(r.SlowBase), ms), spread(fcp(r.SlowBase), ms), kb(median(field(r.SlowBase, func(l loadResult) float64 { return l.Bytes }))))
	p("\nExplorer ÷ plain HTML, answerable: **%s**. Explorer ÷ baseline, app running: **%s**.\n\n",
		fx(ratio(median(ans(r.SlowExplorer)), median(ans(r.SlowPlain)))), fx(ratio(median(run(r.SlowExplorer)), median(run(r.SlowBase)))))

	// Steps.
	p("## Step latency inside the running app\n\n")
	p("One tab loads `/ask`; then, for every outcome of `policy.AllStates()` (%d paths", r.Walk.Paths)
	if r.WalkSkipped > 0 {
		p(", %d skipped", r.WalkSkipped)
	}
	p("), CDP mouse clicks follow the answer links from the first question to the outcome (`goappNav(\"/ask\")` in between). ")
	p("Measured in the page: `performance.now()` at the click (capture phase) to the `requestAnimationFrame` after a `MutationObserver` sees the `h1` change (**frame**), and to the first task after that frame (**paint**: the frame's style, layout and paint counted). ")
	p("Beside it, the same steps as **full loads** of the prerendered pages in a tab with scripts disabled, at the same CPU rate: navigation start to first-contentful-paint, HTTP cache warm after the first page.\n\n")
	p("| CPU | Clicks | Frame: median | Frame: p95 | Frame: max | Paint: median | Paint: p95 | Full load, no JS: median | Full load, no JS: p95 | Frame ÷ full load (medians) |\n|---|---|---|---|---|---|---|---|---|---|\n")
	for _, w := range []struct {
		name string
		r    walkResult
		err  string
	}{{"unthrottled", r.Walk, r.WalkErr}, {"4× throttled", r.Walk4x, r.Walk4xErr}} {
		_, hi := minMax(w.r.Steps)
		p("| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s |\n", w.name, len(w.r.Steps), msf(median(w.r.Steps)), msf(percentile(w.r.Steps, 95)), msf(hi),
			msf(median(w.r.Paint)), msf(percentile(w.r.Paint, 95)), msf(median(w.r.Full)), msf(percentile(w.r.Full, 95)), fx(ratio(median(w.r.Steps), median(w.r.Full))))
	}
	if r.WalkErr != "" {
		p("\nThe unthrottled walk stopped early: `%s`\n", oneLine(r.WalkErr))
	}
	if r.Walk4xErr != "" {
		p("\nThe throttled walk stopped early: `%s`\n", oneLine(r.Walk4xErr))
	}
	p("\nThe 4× throttled walk takes every fourth outcome path. A step reached by a click is drawn in the click's own task; the frame then waits for the display's next refresh.\n\n")

	// Offline.
	p("## Cold start offline\n\n")
	p("Visit `%s` on a fresh origin, wait until the service worker controls the page, stop the server and turn the network off ", questionPath)
	p("(`Network.emulateNetworkConditions` offline), reload: time from navigation to the app running, everything from the worker's cache. No throttling.\n\n")
	off := func(f func(offlineResult) float64) []float64 {
		var xs []float64
		for _, o := range r.Offline {
			xs = append(xs, f(o))
		}
		return xs
	}
	p("| Runs | App running | Answerable | FCP | Requests answered by the worker |\n|---|---|---|---|---|\n")
	p("| %d of %d | %s | %s | %s | %s |\n", len(r.Offline), r.Runs, spread(off(func(o offlineResult) float64 { return o.Running }), ms),
		spread(off(func(o offlineResult) float64 { return o.Answerable }), ms), spread(off(func(o offlineResult) float64 { return o.FCP }), ms),
		fmt.Sprintf("%.0f of %.0f", median(off(func(o offlineResult) float64 { return float64(o.FromSW) })), median(off(func(o offlineResult) float64 { return float64(o.Requests) }))))
	if r.OfflineErr != "" {
		p("\nLast offline failure: `%s`\n", oneLine(r.OfflineErr))
	}
	p("\n")

	// Go benchmarks.
	p("## Policy engine (Go benchmarks)\n\n`go test -run XXX -bench . -benchmem -count 5 ./policy`\n\n")
	if r.GoBenchErr != "" {
		p("Failed: `%s`\n\n", oneLine(r.GoBenchErr))
	}
	if len(r.GoBench.Rows) > 0 {
		p("| Benchmark | Runs | Median time/op | Range | B/op | allocs/op |\n|---|---|---|---|---|---|\n")
		for _, row := range r.GoBench.Rows {
			p("| %s | %d | %s | %s–%s | %.0f | %.0f |\n", row.Name, row.Runs, dur(row.NsOp), dur(row.NsMin), dur(row.NsMax), row.BOp, row.AllocsOp)
		}
		p("\n")
	}
	if r.GoBench.Benchstat != "" {
		p("benchstat (`golang.org/x/perf/cmd/benchstat@latest`):\n\n```\n%s```\n\n", r.GoBench.Benchstat)
	} else {
		p("benchstat was not available; the medians above are computed by the benchmark program.\n\n")
	}

	// Findings.
	p("## Observations from the responses\n\n")
	obs := r.observations()
	if len(obs) == 0 {
		p("- none\n")
	}
	for _, o := range obs {
		p("- %s\n", o)
	}
	if len(r.Errors) > 0 {
		p("\n## Measurement errors\n\n")
		for _, e := range r.Errors {
			p("- `%s`\n", oneLine(e))
		}
	}

	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(filepath.Dir(out), "performance.svg"), []byte(r.chart()), 0o644)
}

// observations lists facts from the cold loads' responses that matter for
// load time: text sent uncompressed, responses without a cache policy.
func (r *results) observations() []string {
	var out []string
	seen := map[string]bool{}
	var unc, nocache []string
	var uncBytes float64
	for _, pg := range pages {
		rs := r.Cold["explorer "+pg.Path]
		if len(rs) == 0 {
			continue
		}
		for _, q := range rs[0].Requests {
			u := shortURL(q.URL)
			if seen[u] || q.Status != 200 {
				continue
			}
			seen[u] = true
			text := strings.HasPrefix(q.MIME, "text/") || strings.Contains(q.MIME, "javascript") || strings.Contains(q.MIME, "json") || strings.Contains(q.MIME, "svg") || strings.Contains(q.MIME, "manifest")
			if text && q.Encoding == "" && q.Bytes > 1024 {
				unc = append(unc, fmt.Sprintf("`%s` %s", u, kb(q.Bytes)))
				uncBytes += q.Bytes
			}
			if q.CacheControl == "" {
				nocache = append(nocache, "`"+u+"`")
			}
		}
	}
	sort.Strings(unc)
	sort.Strings(nocache)
	if len(unc) > 0 {
		out = append(out, fmt.Sprintf("Text responses over 1 KiB sent without Content-Encoding (%s in all): %s.", kb(uncBytes), strings.Join(unc, ", ")))
	}
	if len(nocache) > 0 {
		out = append(out, "Responses with no Cache-Control header: "+strings.Join(nocache, ", ")+".")
	}
	ex := r.Cold["explorer "+questionPath]
	if len(ex) > 0 {
		page := median(field(ex, func(l loadResult) float64 { return l.Bytes }))
		srv := median(field(ex, func(l loadResult) float64 { return float64(l.ServerBytes) }))
		if srv > page*1.3 {
			out = append(out, fmt.Sprintf("A first visit to `%s` makes the server send %s of bodies, against %s the page itself loads: the service worker's precache downloads the rest (including what the page already fetched, unless the HTTP cache answers).", questionPath, kb(srv), kb(page)))
		}
	}
	return out
}

func labelOf(k string) string {
	who, path, _ := strings.Cut(k, " ")
	return strings.ToUpper(who[:1]) + who[1:] + " `" + path + "`"
}

func shortURL(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return u
	}
	s := p.Path
	if p.RawQuery != "" {
		s += "?" + p.RawQuery
	}
	return s
}

func dur(ns float64) string {
	switch {
	case math.IsNaN(ns):
		return "n/a"
	case ns >= 1e6:
		return fmt.Sprintf("%.2f ms", ns/1e6)
	case ns >= 1e3:
		return fmt.Sprintf("%.1f µs", ns/1e3)
	}
	return fmt.Sprintf("%.0f ns", ns)
}

func orNA(s string) string {
	if s == "" {
		return "n/a"
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func oneLine(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	s = strings.ReplaceAll(s, "`", "'")
	if len(s) > 300 {
		s = s[:300] + "…"
	}
	return s
}

// writeMisses explains, for each kind of target missed, why and what
// would close the gap: the numbers above say by how much.
func writeMisses(p func(string, ...any), ts []target) {
	missed := map[string]bool{}
	for _, t := range ts {
		if t.Known && !t.Met {
			switch {
			case strings.Contains(t.Name, "app.wasm"):
				missed["wasm"] = true
			case strings.Contains(t.Name, "step latency"):
				missed["step"] = true
			case strings.Contains(t.Name, "Lighthouse"):
				missed["lighthouse"] = true
			case strings.Contains(t.Name, "answerable"):
				missed["answerable"] = true
			}
		}
	}
	if len(missed) == 0 {
		return
	}
	p("### Why targets are missed, and what would close them\n\n")
	if missed["wasm"] {
		p("- **app.wasm size.** The explorer links no package the baseline lacks except its own; the extra is its own code (the page builders in `components`, every element a chain of go-app method calls, and the engine in `policy`), the go-app element methods those builders call, and their texts and type data. ")
		p("Done: the reference pages (Sources, Explore, History, Cases, About) are served prerendered only, outside app.wasm; every word is data fetched with the page (`policy/catalog/*.json`), not code; the rules are tables. ")
		p("What would close the rest is of another size: drawing the outcome page from the server's HTML instead of from Go in the browser, which is what the app is for (the policy logic runs in the browser, offline), or leaving go-app.\n")
	}
	if missed["step"] {
		p("- **Step latency.** Tried, in the issue's order, each measured with `go run ./bench/cmd/bench -steps-only -against <rev>` (both builds walked in turn in the same run; figures in the issue's notes): ")
		p("(1) the header as a component of its own, drawn again only when the language or the current page changes; ")
		p("(2) the outcome tables of every period built when the browser is first idle after start-up (`policy.Prepare`), not at the first outcome, which took about three times as long as the others; `policy.Fill` without a `strings.Replacer` per text; ")
		p("(3) fewer nodes: the tag legend, what would change the answer and the embed code drawn only when opened (a third of an outcome's nodes), and a heading focus that does not scroll; ")
		p("(4) the step drawn in the click's own task: the routes hand the wizard the address of the link being followed, and go-app draws it while it routes the click instead of at its next frame (`components/followed.go`); this halved the median. ")
		p("What is left on an outcome step is go-app mounting the new page's nodes one `syscall/js` call at a time (about a third of a step's busy time in a profile of the walk), drawing them in Go, and the browser's style and layout; a step reached otherwise (back, forward) still waits for go-app's frame. Every in-app step is faster than the same step as a full page load without JavaScript (last column of the step table).\n")
	}
	if missed["lighthouse"] {
		p("- **Lighthouse.** The app starts at the first tap or once the page has been idle 3 s after load, so go-app's start is outside the audited load; a score below target is from the page itself: see the failing audits in `bench/out/`.\n")
	}
	if missed["answerable"] {
		p("- **First question answerable.** The prerendered page is the same HTML as the plain page plus the stylesheet and deferred scripts; a gap is the stylesheet and go-app's head.\n")
	}
	p("\n")
}
