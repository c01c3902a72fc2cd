package policy

import (
	"errors"
	"testing"
)

// TestPeriodBoundaries checks that the day before and the day of each
// change select the right rules: the policy in force and the rule that
// decides a case that changed that day.
func TestPeriodBoundaries(t *testing.T) {
	const today = "2026-11-30"
	tests := []struct {
		day     string
		us      RegimeID
		answers []AnswerID
		rule    RuleID
	}{
		{"2004-02-27", US2004, ids("use", "apl", "persistent"), "us-2004/use-persistent-to-2010"},
		{"2010-12-31", US2004, ids("use", "apl", "persistent"), "us-2004/use-persistent-to-2010"},
		{"2011-01-01", US2004, ids("use", "apl", "persistent"), "us-2004/persistent-after-2010"},
		{"2014-06-26", US2004, ids("produce", "apl", "non-persistent"), "us-2004/make-non-persistent"},
		{"2014-06-27", US2014, ids("produce", "apl", "non-persistent"), "us-2014/produce"},
		{"2014-09-22", US2014, ids("use", "apl", "non-persistent", "elsewhere"), "us-2004/use-non-persistent"},
		{"2014-09-23", US2014, ids("use", "apl", "non-persistent", "elsewhere"), "us-2014/use-elsewhere"},
		{"2020-01-30", US2014, ids("use", "apl", "non-persistent", "elsewhere"), "us-2014/use-elsewhere"},
		{"2020-01-31", US2020, ids("use", "apl", "non-persistent", "elsewhere"), "us-2020/use-elsewhere"},
		{"2022-06-20", US2020, ids("use", "apl", "non-persistent", "elsewhere"), "us-2020/use-elsewhere"},
		{"2022-06-21", US2022, ids("use", "apl", "non-persistent", "elsewhere"), "us-2022/use-elsewhere"},
		{"2025-12-01", US2022, ids("use", "apl", "non-persistent", "elsewhere"), "us-2022/use-elsewhere"},
		{"2025-12-02", US2025, ids("use", "apl", "non-persistent", "elsewhere"), "us-2025/use"},
		{today, US2025, ids("use", "apl", "non-persistent", "elsewhere"), "us-2025/use"},
	}
	for _, tt := range tests {
		p, err := PeriodAt(tt.day, today)
		if err != nil {
			t.Fatalf("%s: %v", tt.day, err)
		}
		if p.US != tt.us {
			t.Errorf("%s: policy %s, want %s", tt.day, p.US, tt.us)
		}
		given := Answers{}
		for _, a := range tt.answers {
			q, _ := QuestionOf(a)
			given[q] = a
		}
		var f full
		completions(given, "", func(g full) bool { f = g; return false })
		o, err := p.evaluate(f)
		if err != nil {
			t.Fatalf("%s: %v", tt.day, err)
		}
		if got := o.Ruling(p.US).Rule; got != tt.rule {
			t.Errorf("%s %v: rule %s, want %s", tt.day, tt.answers, got, tt.rule)
		}
	}
}

// TestPeriodAtErrors checks the dates that cannot be answered for.
func TestPeriodAtErrors(t *testing.T) {
	const today = "2026-11-30"
	for day, reason := range map[string]string{
		"2004-02-26": "too-early", "1999-01-01": "too-early", "2026-12-01": "future",
		"2026-02-30": "malformed", "2024-1-1": "malformed", "yesterday": "malformed", "": "malformed",
	} {
		_, err := PeriodAt(day, today)
		var de *DateError
		if !errors.As(err, &de) || de.Reason != reason {
			t.Errorf("%q: %v, want a %s error", day, err, reason)
		}
	}
}

// TestPeriodsTile checks that the periods cover every day from the first
// policy on, without gaps, and that each starts on a policy's first day
// or on a date one of the rules sets.
func TestPeriodsTile(t *testing.T) {
	ps := Periods()
	if ps[0].From != Earliest() || ps[len(ps)-1].To != "" {
		t.Fatalf("periods run from %s to %q", ps[0].From, ps[len(ps)-1].To)
	}
	for i := 1; i < len(ps); i++ {
		if nextDay(ps[i-1].To) != ps[i].From {
			t.Errorf("gap or overlap between %s and %s", ps[i-1].To, ps[i].From)
		}
	}
	if !DefaultPeriod().IsDefault() || DefaultPeriod().US != US2022 || DefaultPeriod().Prefix() != "" {
		t.Error("the default period is not the 2022 policy's")
	}
	if PeriodFrom("2014-09-23") == nil || PeriodFrom("2014-09-24") != nil {
		t.Error("PeriodFrom names only first days")
	}
}

// TestHistory checks the rows of the Through time panel: one per period,
// split by persistence without asking, changes marked.
func TestHistory(t *testing.T) {
	rows := History(Answers{Activity: "use", Device: "apl", Context: "elsewhere"})
	if len(rows) != len(Periods()) {
		t.Fatalf("%d rows for %d periods", len(rows), len(Periods()))
	}
	first := rows[0]
	if first.DependsOn != Persistence || len(first.Split) != 2 || first.Split[0].Verdict != Silent || first.Split[1].Verdict != Permitted {
		t.Errorf("2004 row: %+v", first)
	}
	byFrom := map[string]HistoryRow{}
	for _, r := range rows {
		byFrom[r.Period.From] = r
	}
	if r := byFrom["2022-06-21"]; r.Verdict != Prohibited || r.DependsOn != "" || !r.Changed {
		t.Errorf("2022 row: %+v", r)
	}
	if r := byFrom["2025-12-02"]; r.Verdict != Unknown || !r.Changed {
		t.Errorf("2025 row: %+v", r)
	}
	if r := byFrom["2014-09-23"]; r.Verdict != Prohibited {
		t.Errorf("2014 row: %+v", r)
	}
	// The default walk never asks about persistence.
	for _, s := range mustStates(t, DefaultPeriod()) {
		if _, ok := s.Answers[Persistence]; ok || s.Next == Persistence {
			t.Fatalf("%s asks about persistence", s.Path)
		}
	}
	// A period where it matters does.
	s, err := PeriodFrom("2020-01-31").Resolve(Answers{Activity: "use", Device: "apl"})
	if err != nil || s.Next != Persistence {
		t.Errorf("2020, use of an APL: next %q (%v), want persistence", s.Next, err)
	}
}

func mustStates(t *testing.T, p *Period) []State {
	t.Helper()
	s, err := p.AllStates()
	if err != nil {
		t.Fatal(err)
	}
	return s
}
