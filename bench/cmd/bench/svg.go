//go:build !wasm

package main

import (
	"fmt"
	"html"
	"math"
	"strconv"
	"strings"
)

// bar is one ratio on the chart.
type bar struct {
	Label string
	Value float64 // explorer ÷ yardstick
	Limit float64 // target, 0 if none
	Group string
}

func (r *results) bars() []bar {
	base := r.Cold["baseline /"]
	baseBytes := median(field(base, func(l loadResult) float64 { return l.Bytes }))
	var bs []bar
	bs = append(bs,
		bar{"app.wasm raw", ratio(float64(r.WasmExplorer.Raw), float64(r.WasmBase.Raw)), 0, "vs baseline"},
		bar{"app.wasm gzip -9", ratio(float64(r.WasmExplorer.Gzip), float64(r.WasmBase.Gzip)), 0, "vs baseline"},
		bar{"app.wasm brotli 11", ratio(float64(r.WasmExplorer.Brotli), float64(r.WasmBase.Brotli)), 1.10, "vs baseline"},
	)
	for _, p := range pages {
		rs := r.Cold["explorer "+p.Path]
		bs = append(bs, bar{"cold-load bytes " + p.Path, ratio(median(field(rs, func(l loadResult) float64 { return l.Bytes })), baseBytes), 0, "vs baseline"})
	}
	bs = append(bs, bar{"slow 4G: app running", ratio(median(field(r.SlowExplorer, func(l loadResult) float64 { return l.Running })),
		median(field(r.SlowBase, func(l loadResult) float64 { return l.Running }))), 0, "vs baseline"})
	if lh, ok := r.LH["explorer "+questionPath]; ok {
		if b, ok := r.LH["baseline /"]; ok {
			bs = append(bs, bar{"Lighthouse TBT " + questionPath, ratio(lh.Metrics["total-blocking-time"], b.Metrics["total-blocking-time"]), 0, "vs baseline"})
			bs = append(bs, bar{"Lighthouse LCP " + questionPath, ratio(lh.Metrics["largest-contentful-paint"], b.Metrics["largest-contentful-paint"]), 0, "vs baseline"})
		}
	}
	bs = append(bs, bar{"slow 4G: question answerable", ratio(median(field(r.SlowExplorer, func(l loadResult) float64 { return l.Answerable })),
		median(field(r.SlowPlain, func(l loadResult) float64 { return l.Answerable }))), 1.10, "vs plain HTML"})
	return bs
}

// chart draws the ratios as horizontal bars: 1 is parity with the
// yardstick; a dashed mark shows a target where there is one.
func (r *results) chart() string {
	bs := r.bars()
	const (
		left, right, top, rowH, barH = 290, 90, 70, 30, 18
		width                        = 900
	)
	maxV := 1.2
	for _, b := range bs {
		if !math.IsNaN(b.Value) {
			maxV = math.Max(maxV, b.Value*1.05)
		}
	}
	plotW := float64(width - left - right)
	x := func(v float64) float64 { return left + v/maxV*plotW }
	height := top + rowH*len(bs) + 60

	var desc []string
	for _, b := range bs {
		d := fmt.Sprintf("%s: %s (%s)", b.Label, fx(b.Value), b.Group)
		if b.Limit > 0 {
			d += fmt.Sprintf(", target at most %.2f×", b.Limit)
		}
		desc = append(desc, d)
	}
	var s strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&s, format, args...) }
	p(`<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" role="img" aria-labelledby="perf-title perf-desc" font-family="system-ui, sans-serif" font-size="13">`+"\n", width, height, width, height)
	p("<title id=\"perf-title\">Landmine Policy Explorer: performance relative to its yardsticks (%s)</title>\n", html.EscapeString(r.Machine.Date))
	p("<desc id=\"perf-desc\">Horizontal bars, one per metric, each the explorer's value divided by the yardstick's: a minimal go-app hello world built in the same run, or, for the last bar, the same question page as plain HTML without scripts. 1.00 means equal; lower is better. %s.</desc>\n", html.EscapeString(strings.Join(desc, "; ")))
	p(`<rect width="100%%" height="100%%" fill="#ffffff"/>` + "\n")
	p(`<text x="%d" y="28" font-size="16" font-weight="bold" fill="#1d3557">Explorer ÷ yardstick (lower is better; 1.00 = same as the yardstick)</text>`+"\n", 16)
	p(`<text x="%d" y="50" fill="#444">Yardstick: go-app hello world built in the same run, or plain HTML for the last bar. Dashed mark: target.</text>`+"\n", 16)
	// grid
	for v := 0.0; v <= maxV+1e-9; v += gridStep(maxV) {
		gx := x(v)
		p(`<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#ddd"/>`+"\n", gx, top-6, gx, top+rowH*len(bs))
		p(`<text x="%.1f" y="%d" text-anchor="middle" fill="#555">%s×</text>`+"\n", gx, top+rowH*len(bs)+18, strconv.FormatFloat(v, 'f', -1, 64))
	}
	for i, b := range bs {
		y := top + i*rowH
		p(`<text x="%d" y="%d" text-anchor="end" fill="#222">%s</text>`+"\n", left-10, y+barH-4, html.EscapeString(b.Label))
		if math.IsNaN(b.Value) {
			p(`<text x="%d" y="%d" fill="#555">not measured</text>`+"\n", left+4, y+barH-4)
			continue
		}
		fill := "#457b9d"
		if b.Limit > 0 {
			if b.Value <= b.Limit {
				fill = "#2a7f3f"
			} else {
				fill = "#b23a48"
			}
		}
		p(`<rect x="%d" y="%d" width="%.1f" height="%d" fill="%s"><title>%s</title></rect>`+"\n", left, y, math.Max(1, x(b.Value)-left), barH, fill, html.EscapeString(b.Label+": "+fx(b.Value)))
		p(`<text x="%.1f" y="%d" fill="#222">%s</text>`+"\n", x(b.Value)+6, y+barH-4, fx(b.Value))
		if b.Limit > 0 {
			lx := x(b.Limit)
			p(`<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#222" stroke-width="2" stroke-dasharray="4 3"/>`+"\n", lx, y-3, lx, y+barH+3)
		}
	}
	// parity line
	p(`<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#1d3557" stroke-width="1.5"/>`+"\n", x(1), top-6, x(1), top+rowH*len(bs))
	p(`<text x="%d" y="%d" fill="#444">Green: target met. Red: target missed. Blue: no target.</text>`+"\n", 16, height-12)
	p("</svg>\n")
	return s.String()
}

func gridStep(maxV float64) float64 {
	switch {
	case maxV <= 2:
		return 0.25
	case maxV <= 5:
		return 0.5
	case maxV <= 12:
		return 1
	}
	return math.Ceil(maxV / 10)
}
