//go:build !wasm

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// lhRun is what the report takes from one Lighthouse run.
type lhRun struct {
	Scores  map[string]float64 // category id → score
	Metrics map[string]float64 // audit id → numericValue (ms, or unitless CLS)
	Failing map[string]string  // category/audit id → title, for audits < 1 in a11y, best practices, SEO
	Version string
}

var lhCategories = []string{"performance", "accessibility", "best-practices", "seo"}

var lhMetrics = []struct{ ID, Name string }{
	{"first-contentful-paint", "FCP"},
	{"largest-contentful-paint", "LCP"},
	{"total-blocking-time", "TBT"},
	{"cumulative-layout-shift", "CLS"},
	{"speed-index", "Speed Index"},
}

// lighthouse runs the pinned Lighthouse (bench/node_modules) with its
// mobile defaults against url, with Debian's Chromium.
func lighthouse(ctx context.Context, root, outFile, url string) (lhRun, error) {
	cli := filepath.Join(root, "bench", "node_modules", "lighthouse", "cli", "index.js")
	if _, err := os.Stat(cli); err != nil {
		return lhRun{}, fmt.Errorf("lighthouse is not installed (run npm ci --prefix bench): %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, 150*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", cli, url,
		"--output=json", "--output-path="+outFile, "--quiet",
		"--chrome-flags="+strings.Join(chromeFlags, " "))
	cmd.Env = append(os.Environ(), "CHROME_PATH="+chromePath)
	if out, err := cmd.CombinedOutput(); err != nil {
		return lhRun{}, fmt.Errorf("lighthouse %s: %w\n%s", url, err, out)
	}
	b, err := os.ReadFile(outFile)
	if err != nil {
		return lhRun{}, err
	}
	var rep struct {
		LighthouseVersion string `json:"lighthouseVersion"`
		RuntimeError      *struct {
			Code, Message string
		} `json:"runtimeError"`
		Categories map[string]struct {
			Score     *float64 `json:"score"`
			AuditRefs []struct {
				ID     string  `json:"id"`
				Weight float64 `json:"weight"`
			} `json:"auditRefs"`
		} `json:"categories"`
		Audits map[string]struct {
			Title        string   `json:"title"`
			Score        *float64 `json:"score"`
			ScoreMode    string   `json:"scoreDisplayMode"`
			NumericValue *float64 `json:"numericValue"`
			DisplayValue string   `json:"displayValue"`
		} `json:"audits"`
	}
	if err := json.Unmarshal(b, &rep); err != nil {
		return lhRun{}, fmt.Errorf("reading %s: %w", outFile, err)
	}
	if rep.RuntimeError != nil && rep.RuntimeError.Code != "" && rep.RuntimeError.Code != "NO_ERROR" {
		return lhRun{}, fmt.Errorf("lighthouse %s: %s %s", url, rep.RuntimeError.Code, rep.RuntimeError.Message)
	}
	r := lhRun{Scores: map[string]float64{}, Metrics: map[string]float64{}, Failing: map[string]string{}, Version: rep.LighthouseVersion}
	for _, c := range lhCategories {
		cat, ok := rep.Categories[c]
		if !ok || cat.Score == nil {
			r.Scores[c] = nan
			continue
		}
		r.Scores[c] = *cat.Score
		for _, ref := range cat.AuditRefs {
			a := rep.Audits[ref.ID]
			if a.Score == nil || *a.Score >= 1 || (a.ScoreMode != "binary" && a.ScoreMode != "numeric") {
				continue
			}
			if c == "performance" && ref.Weight > 0 {
				continue // the metrics themselves; reported as numbers
			}
			title := a.Title
			if a.DisplayValue != "" {
				title += " (" + a.DisplayValue + ")"
			}
			r.Failing[c+"/"+ref.ID] = title
		}
	}
	for _, m := range lhMetrics {
		if a, ok := rep.Audits[m.ID]; ok && a.NumericValue != nil {
			r.Metrics[m.ID] = *a.NumericValue
		} else {
			r.Metrics[m.ID] = nan
		}
	}
	return r, nil
}

// lhSummary is the median over runs of one page.
type lhSummary struct {
	Runs    int
	Scores  map[string]float64
	Metrics map[string]float64
	Failing []string // "category/audit: title (n/runs)"
	Version string
}

func summariseLH(runs []lhRun) lhSummary {
	s := lhSummary{Runs: len(runs), Scores: map[string]float64{}, Metrics: map[string]float64{}}
	count := map[string]int{}
	titles := map[string]string{}
	for _, c := range lhCategories {
		var xs []float64
		for _, r := range runs {
			xs = append(xs, r.Scores[c])
		}
		s.Scores[c] = median(xs)
	}
	for _, m := range lhMetrics {
		var xs []float64
		for _, r := range runs {
			xs = append(xs, r.Metrics[m.ID])
		}
		s.Metrics[m.ID] = median(xs)
	}
	for _, r := range runs {
		s.Version = r.Version
		for k, v := range r.Failing {
			count[k]++
			titles[k] = v
		}
	}
	for k, n := range count {
		s.Failing = append(s.Failing, fmt.Sprintf("`%s`: %s (%d of %d runs)", k, titles[k], n, len(runs)))
	}
	sort.Strings(s.Failing)
	return s
}
