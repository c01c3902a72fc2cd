package policy

import (
	"regexp"
	"strings"
	"testing"
)

// TestDataTexts checks that every record of the policy's data has its
// texts in every catalog, that each is filled (no placeholder left), that
// every value in a record's Data is shown by one of its texts, and that
// no catalog holds a data text for a record that does not exist.
func TestDataTexts(t *testing.T) {
	placeholder := regexp.MustCompile(`\{[a-z-]+\}`)
	for _, l := range Languages() {
		cat, err := CatalogFor(l.ID)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]bool{}
		check := func(what string, data map[string]string, texts map[string]string) {
			t.Helper()
			shown := ""
			for key, filled := range texts {
				want[key] = true
				raw := cat.Text(key)
				if strings.TrimSpace(raw) == "" {
					t.Errorf("%s: %s has no text for %s", l.ID, what, key)
					continue
				}
				if placeholder.MatchString(filled) {
					t.Errorf("%s: %s: %s is left with a placeholder: %q", l.ID, what, key, filled)
				}
				shown += raw
			}
			for k := range data {
				if !strings.Contains(shown, "{"+k+"}") {
					t.Errorf("%s: %s: Data[%q] is shown by none of its texts", l.ID, what, k)
				}
			}
		}
		for _, e := range Timeline() {
			texts := map[string]string{
				"event." + e.ID + ".title":   cat.EventTitle(e),
				"event." + e.ID + ".summary": cat.EventSummary(e),
			}
			if e.Quote != "" {
				texts["event."+e.ID+".quote-by"] = cat.EventQuoteBy(e)
			}
			check(e.ID, e.Data, texts)
			if w := cat.EventWhen(e); w == "" || placeholder.MatchString(w) || w == e.Date && len(e.Date) > 4 {
				t.Errorf("%s: %s: when %q", l.ID, e.ID, w)
			}
		}
		for _, a := range Articles() {
			check(string(a.ID), a.Data, map[string]string{
				"article." + string(a.ID) + ".title":   cat.ArticleTitle(a),
				"article." + string(a.ID) + ".summary": cat.ArticleSummary(a),
			})
		}
		for _, g := range Glossary() {
			check(g.ID, g.Data, map[string]string{
				"glossary." + g.ID + ".term":       cat.GlossaryTerm(g),
				"glossary." + g.ID + ".definition": cat.GlossaryDefinition(g),
			})
		}
		for _, c := range Citations() {
			if title := cat.CitationTitle(c); title == "" || placeholder.MatchString(title) {
				t.Errorf("%s: %s: title %q", l.ID, c.ID, title)
			}
			if c.Quote != "" {
				want["cite."+string(c.ID)+".title"] = true
			} else if cat.CitationSummary(c) == "" {
				t.Errorf("%s: %s: no summary", l.ID, c.ID)
			}
		}
		for _, d := range Developments() {
			if w := cat.DevelopmentWhen(d); w == "" || w == d.Date || placeholder.MatchString(w) {
				t.Errorf("%s: %s: when %q", l.ID, d.ID, w)
			}
		}
		for _, f := range LaterFigures() {
			want["figure.amount."+string(f.Cite)] = true
			if cat.LaterFigureAmount(f) == "" {
				t.Errorf("%s: no amount for the later figure of %s", l.ID, f.Cite)
			}
		}
		// No text for a record that does not exist.
		dataKey := regexp.MustCompile(`^(event|article|glossary)\.|^cite\.[a-z0-9-]+\.title$|^figure\.amount\.`)
		for _, k := range cat.Keys() {
			if dataKey.MatchString(k) && !want[k] {
				t.Errorf("%s: %s belongs to no record", l.ID, k)
			}
		}
	}
}

// TestDataWhen pins how dates that are not one plain date are written.
func TestDataWhen(t *testing.T) {
	en := English()
	for id, want := range map[string]string{
		"ev-2004-bush-policy":          "27 February 2004",
		"ev-1996-leahy-evans":          "January 1996",
		"ev-2017-162-states-parties":   "2017",
		"ev-1997-opened-for-signature": "3 December 1997 – 4 December 1997",
		"ev-2025-finland-announces":    "About 1 April 2025",
		"ev-2026-dod-review-outcome":   "After March 2026",
	} {
		e, ok := EventByID(id)
		if !ok {
			t.Fatalf("no event %s", id)
		}
		if got := en.EventWhen(e); got != want {
			t.Errorf("%s: when %q, want %q", id, got, want)
		}
	}
	for _, d := range Developments() {
		want := map[string]string{
			"ld-ukraine-2024":     "20 November 2024",
			"ld-reversal-2025":    "2 December 2025 (reported 19 December 2025)",
			"ld-withdrawals-2025": "27 December 2025 – 20 February 2026",
		}[d.ID]
		if got := en.DevelopmentWhen(d); got != want {
			t.Errorf("%s: when %q, want %q", d.ID, got, want)
		}
	}
	// A day and month in every year, and a day alone, come from Data.
	a, _ := articleByID("art-7")
	e, _ := EventByID("ev-2025-ukraine-suspension")
	if s := en.ArticleSummary(a); !strings.Contains(s, "by 30 April,") {
		t.Errorf("art-7: %q", s)
	}
	if s := en.EventSummary(e); !strings.Contains(s, "on 17 or 18 July") || !strings.Contains(s, "of 29 June 2025") {
		t.Errorf("ev-2025-ukraine-suspension: %q", s)
	}
	if c, _ := CitationByID("fs-aid"); en.CitationTitle(c) != "Aid since 1993" {
		t.Errorf("fs-aid: title %q", en.CitationTitle(c))
	}
}
