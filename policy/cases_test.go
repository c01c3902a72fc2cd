package policy

import (
	"strings"
	"testing"
	"time"
)

// TestCases checks every real case against the data: its event and dates
// come from the timeline, every claim has a text with its dates filled, a
// valid tag and sources that resolve, and its link is a canonical outcome
// of the period of its day.
func TestCases(t *testing.T) {
	cases := Cases()
	if len(cases) < 5 {
		t.Fatalf("%d cases, want at least 5 (issue 11, item 6)", len(cases))
	}
	seen := map[string]bool{}
	const today = "2099-12-31"
	for _, c := range cases {
		t.Run(c.ID, func(t *testing.T) {
			if seen[c.ID] || c.ID == "" || strings.ContainsAny(c.ID, " /#") {
				t.Errorf("id %q: unique and URL-safe, please", c.ID)
			}
			seen[c.ID] = true
			if _, ok := EventByID(c.Event); !ok {
				t.Fatalf("event %s is not in the timeline", c.Event)
			}
			for name, id := range c.Dates {
				if _, ok := EventByID(id); !ok {
					t.Errorf("{%s}: event %s is not in the timeline", name, id)
				}
			}
			if English().CaseTitle(c) == "" {
				t.Error("no title in the catalog")
			}
			for _, cl := range c.Claims {
				text := English().CaseClaimText(c, cl)
				if text == "" || strings.ContainsAny(text, "{}") {
					t.Errorf("claim %s: text %q (missing, or a placeholder left)", cl.Key, text)
				}
				switch cl.Tag {
				case TagPrimary, TagSecondary, TagDerived:
					if len(cl.Sources) == 0 {
						t.Errorf("claim %s [%s] names no source", cl.Key, cl.Tag)
					}
				case TagUnverified:
				default:
					t.Errorf("claim %s: tag %q", cl.Key, cl.Tag)
				}
				for _, k := range cl.Sources {
					if _, ok := SourceByKey(k); !ok && k != "FS" {
						t.Errorf("claim %s: source %s does not resolve", cl.Key, k)
					}
				}
			}
			if c.Cite != "" {
				if _, ok := CitationByID(c.Cite); !ok {
					t.Errorf("citation %s does not resolve", c.Cite)
				}
			}
			if c.Quote != "" {
				if e, ok := EventByID(c.Quote); !ok || e.Quote == "" {
					t.Errorf("quote: event %s has no quotation", c.Quote)
				}
			}
			// The day and its period: a date known to the month must fall
			// in one period for the whole month.
			day := c.Day()
			per, err := PeriodAt(day, today)
			if err != nil {
				t.Fatal(err)
			}
			if len(c.Date()) == len("2006-01") {
				d, _ := time.Parse(time.DateOnly, day)
				end := d.AddDate(0, 1, -1).Format(time.DateOnly)
				if p2, _ := PeriodAt(end, today); p2 != per {
					t.Errorf("%s: the month spans two periods; give the case a day", c.Date())
				}
			}
			if c.Period() != per {
				t.Errorf("period %s, want %s (the period of %s)", c.Period().From, per.From, day)
			}
			if c.Regime != Ottawa && c.Regime != per.US {
				t.Errorf("regime %s, but %s was in force on %s", c.Regime, per.US, day)
			}
			link := c.Link()
			s, err := ParseURL(link, today)
			if err != nil {
				t.Fatalf("link %q: %v", link, err)
			}
			if s.Period != per || s.URL() != link || !s.Done() {
				t.Errorf("link %q: period %s, canonical %q, outcome %v; want the outcome as of %s", link, s.Period.From, s.URL(), s.Done(), per.From)
			}
		})
	}
}

// TestCaseFacts pins what issue 11 asks of the five cases.
func TestCaseFacts(t *testing.T) {
	byID := map[string]Case{}
	for _, c := range Cases() {
		byID[c.ID] = c
	}
	tag := func(c Case, want Tag) bool {
		for _, cl := range c.Claims {
			if cl.Tag == want {
				return true
			}
		}
		return false
	}
	ukr := byID["ukraine-apl-2024"]
	if ukr.Date() != "2024-11-20" || ukr.Link() != "/ask/transfer/apl/military" || !tag(ukr, TagDerived) || !tag(ukr, TagUnverified) {
		t.Errorf("Ukraine 2024: date %s, link %s; want 2024-11-20, the transfer outcome of the default period, a [D] inference and an UNVERIFIED claim", ukr.Date(), ukr.Link())
	}
	if c := byID["stockpile-removal-2022"]; c.Date() != "2022-12-02" || c.Claims[0].Sources[0] != "U14" || c.Claims[0].Tag != TagPrimary {
		t.Errorf("stock removal: %+v", c)
	}
	if c := byID["korea-exception"]; c.Link() != "/ask/use/apl/korea" {
		t.Errorf("Korea: link %s", c.Link())
	}
	w := byID["withdrawals-2025"]
	text := English().CaseClaimText(w, w.Claims[0])
	for _, want := range []string{"27 December 2025", "10 January 2026", "20 February 2026", "Estonia", "Latvia", "Lithuania", "Finland", "Poland"} {
		if !strings.Contains(text, want) {
			t.Errorf("withdrawals: %q lacks %q", text, want)
		}
	}
	if w.Regime != Ottawa || !w.History || !strings.HasPrefix(w.Link(), AsOfSegment) {
		t.Errorf("withdrawals: regime %s, history %v, link %s: want the Convention's outcome as of that day, and the timeline", w.Regime, w.History, w.Link())
	}
	u := byID["ukraine-suspension-2025"]
	if u.Regime != Ottawa || u.Quote != "ev-2025-22msp" || !strings.Contains(English().CaseClaimText(u, u.Claims[3]), "does not allow suspension") {
		t.Errorf("Ukraine suspension: %+v", u)
	}
}
