package components

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/apl-explorer/explorer/policy"
)

// TestHistoryPage draws /history and checks it against the policy: the
// drawing with its text alternative, every policy and milestone in the
// list, and a matrix cell for every scenario and period, linked to the
// outcome as of that period, with every change marked in words.
func TestHistoryPage(t *testing.T) {
	page := render(t, &History{})
	if !strings.Contains(page, `role="img" aria-labelledby="tl-title tl-desc"`) || !strings.Contains(page, `<desc id="tl-desc">`) {
		t.Error("timeline drawing without its title and description")
	}
	list := page[strings.Index(page, `class="timeline-list"`):]
	for _, id := range policy.USPolicies() {
		if !strings.Contains(list, testView.c().RegimeName(id)+": from "+testView.c().LongDate(policy.RegimeStatus(id).InForceFrom)) && !strings.Contains(list, testView.c().RegimeName(id)+": "+testView.c().LongDate(policy.RegimeStatus(id).InForceFrom)+" to ") {
			t.Errorf("the list does not give %s with its dates", id)
		}
	}
	marks := testView.milestones()
	if len(marks) < 6 {
		t.Errorf("%d milestones drawn, want adoption, entry into force, the suspension and three withdrawals", len(marks))
	}
	for _, e := range marks {
		if !strings.Contains(list, `href="/sources#`+e.ID+`"`) || !strings.Contains(page, testView.shortDate(e.Date)) {
			t.Errorf("milestone %s not drawn and listed", e.ID)
		}
	}

	kept, _ := testView.foldDevices(true)
	states, _ := policy.AllStates()
	changed, rows := 0, 0
	for _, s := range states {
		if d, ok := s.Answers[policy.Device]; !s.Done() || (ok && !slices.Contains(kept, d)) {
			continue
		}
		rows++
		if !strings.Contains(page, `href="`+s.Path+`#verdict-ottawa-h"`) {
			t.Errorf("%s: no Convention cell", s.Path)
		}
		for _, r := range policy.History(s.Answers) {
			if r.Changed {
				changed++
			}
			want := []policy.Answers{s.Answers}
			if r.DependsOn != "" {
				want = nil
				for _, sp := range r.Split {
					want = append(want, s.Answers.With(r.DependsOn, sp.Answer))
				}
			}
			for _, a := range want {
				st, err := r.Period.Resolve(a)
				if err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(page, `href="`+st.URL()+`"`) {
					t.Errorf("%s as of %s: no link to %s", s.Path, r.Period.From, st.URL())
				}
			}
		}
	}
	if rows < 20 {
		t.Errorf("%d scenario rows, want every anti-personnel mine outcome", rows)
	}
	if got := strings.Count(page, `<span class="chg">`+testView.c().Text("history.changed")+`</span>`); got != changed || changed == 0 {
		t.Errorf("%d cells marked changed, want %d (policy.History)", got, changed)
	}
	persistent := capitalize(testView.splitLabel(policy.Persistence, "persistent"))
	nonPersistent := capitalize(testView.splitLabel(policy.Persistence, "non-persistent"))
	if !strings.Contains(page, persistent+": Prohibited") || !strings.Contains(page, nonPersistent+": Permitted") {
		t.Error("no cell split by persistence")
	}
	if !strings.Contains(page, `href="/as-of/2004-02-27/ask/`) {
		t.Error("no as-of link to the first period")
	}
	// Devices that never differ are one line, not columns.
	table := page[strings.Index(page, `class="matrix history-matrix"`):]
	table = table[:strings.Index(table, "</table>")]
	if strings.Contains(table, testView.c().VerdictLabel(policy.OutOfScope)) || !strings.Contains(page, testView.c().Text("doing.device.command")+" and "+testView.c().Text("doing.device.anti-vehicle")) {
		t.Error("the out-of-scope devices are not folded into one line")
	}
}

// TestCasesPage draws /cases: each case with its date, title, every
// claim with its tag, and its link.
func TestCasesPage(t *testing.T) {
	page := render(t, &Cases{})
	for _, c := range policy.Cases() {
		if !regexp.MustCompile(`<li [^>]*id="` + c.ID + `"`).MatchString(page) {
			t.Errorf("%s: no anchor", c.ID)
		}
		if !regexp.MustCompile(regexp.QuoteMeta(testView.c().CaseWhen(c)+"</time>") + `\s*: ` + regexp.QuoteMeta(testView.c().CaseTitle(c))).MatchString(page) {
			t.Errorf("%s: no dated title", c.ID)
		}
		for _, cl := range c.Claims {
			if !strings.Contains(page, testView.c().CaseClaimText(c, cl)) {
				t.Errorf("%s: claim %s not shown", c.ID, cl.Key)
			}
		}
		if !strings.Contains(page, `href="`+testView.caseHref(c)+`"`) {
			t.Errorf("%s: no link to %s", c.ID, testView.caseHref(c))
		}
	}
	for _, want := range []string{`href="/ask/transfer/apl/military"`, `href="/ask/use/apl/korea"`, `href="/history#timeline"`, "[D]", "[UNVERIFIED]", "“" + mustCite(t, "fs-korea") + "”"} {
		if !strings.Contains(page, want) {
			t.Errorf("cases: no %s", want)
		}
	}
}

func mustCite(t *testing.T, id policy.CitationID) string {
	c, ok := policy.CitationByID(id)
	if !ok {
		t.Fatalf("no citation %s", id)
	}
	return c.Quote
}

// TestTimelineRTL checks that the timeline runs right to left on an
// Arabic page: the axis on the right, the drawing marked for RTL text.
func TestTimelineRTL(t *testing.T) {
	ar, ok := policy.LanguageByID("ar")
	if !ok {
		t.Fatal("no Arabic")
	}
	page := render(t, &History{vw: viewIn(ar)})
	if !strings.Contains(page, `class="timeline-svg timeline-rtl"`) || !strings.Contains(page, `class="tl-axis" x1="284" x2="284"`) {
		t.Error("the Arabic timeline is not mirrored")
	}
	if en := render(t, &History{vw: testView}); strings.Contains(en, "timeline-rtl") || !strings.Contains(en, `class="tl-axis" x1="36" x2="36"`) {
		t.Error("the English timeline is mirrored")
	}
}
