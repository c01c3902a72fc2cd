package cli

import (
	"bytes"
	"encoding/json"
	"github.com/apl-explorer/explorer/policy"
	"strings"
	"testing"
	"time"
)

func run(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := Main(args[0], args[1:], &out, &errb, fixedClock)
	return code, out.String(), errb.String()
}

// fixedClock is the tests' today.
func fixedClock() time.Time { return time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC) }

// TestAsOf checks --as-of: the policy in force that day answers, under
// its id, with the history; dates out of range exit 2 with a message.
func TestAsOf(t *testing.T) {
	code, out, errs := run("ask", "--json", "--as-of", "2021-05-01", "use", "apl", "elsewhere", "non-persistent")
	if code != 0 {
		t.Fatalf("%d %s", code, errs)
	}
	var v struct {
		Path    string
		Outcome map[string]json.RawMessage
		History []struct {
			Policy    string                       `json:"policy"`
			From      string                       `json:"from"`
			To        *string                      `json:"to"`
			Verdict   string                       `json:"verdict"`
			DependsOn map[string]map[string]string `json:"depends_on"`
		}
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatal(err)
	}
	if v.Path != "/as-of/2020-01-31/ask/use/apl/non-persistent/elsewhere" {
		t.Errorf("path %s", v.Path)
	}
	if _, ok := v.Outcome["us-2020"]; !ok || v.Outcome["us-2022"] != nil {
		t.Errorf("outcome regimes: %s", out)
	}
	if len(v.History) != len(policy.Periods()) || v.History[len(v.History)-1].To != nil {
		t.Errorf("history: %+v", v.History)
	}
	// Without --as-of: the 2022 view, with the history split by
	// persistence where it was not asked.
	_, out, _ = run("ask", "--json", "use", "apl", "elsewhere")
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatal(err)
	}
	if v.History[0].Policy != "us-2004" || v.History[0].Verdict != "depends" || v.History[0].DependsOn["persistence"]["non-persistent"] != "permitted" {
		t.Errorf("2004 history entry: %+v", v.History[0])
	}
	for _, bad := range []string{"2004-02-26", "2026-12-01", "2020-13-01", "soon"} {
		code, _, errs := run("ask", "--as-of", bad, "use")
		if code != 2 || !strings.Contains(errs, "--as-of") || !strings.Contains(errs, "2004-02-27") {
			t.Errorf("--as-of %s: %d %q", bad, code, errs)
		}
	}
	code, out, _ = run("ask", "--as-of", "2014-07-01", "use", "apl")
	if code != 0 || !strings.Contains(out, "persistent") || !strings.Contains(out, "--as-of 2014-06-27") {
		t.Errorf("text as of 2014: %d %s", code, out)
	}
}

func TestAsk(t *testing.T) {
	tests := []struct {
		args   []string
		code   int
		stdout []string
		stderr []string
	}{
		{[]string{"ask"}, 0, []string{"What activity", "alternatives"}, nil},
		{[]string{"ask", "use"}, 0, []string{"What kind of device", "sensitive-av", "ask use <answer>"}, nil},
		{[]string{"ask", "use", "apl", "korea"}, 0, []string{"Under the 2022 U.S. policy: Excepted (Korean Peninsula)", "U.S. policy less restrictive", "“Not use APL outside of the Korean Peninsula;”", "2 December 2025", "Reportedly replaced", "bidenwhitehouse.archives.gov"}, nil},
		// Flags may come after the answers.
		{[]string{"ask", "use", "apl", "korea", "--json"}, 0, []string{`"regimes"`, `"reportedly-superseded"`, `"in_force_to": "2025-12-02"`}, nil},
		{[]string{"ask", "-h"}, 0, []string{"usage: ask"}, nil},
		{[]string{"ask", "use", "--help"}, 0, []string{"usage: ask"}, nil},
		{[]string{"tree", "--help"}, 0, []string{"usage: tree"}, nil},
		// The Korean Peninsula question is worded per activity.
		{[]string{"ask", "use", "apl"}, 0, []string{"Where would the mines be used?", "On the Korean Peninsula"}, nil},
		{[]string{"ask", "stockpile", "apl", "military"}, 0, []string{"defense of the Republic of Korea", "wherever they are kept"}, nil},
		{[]string{"ask", "transfer", "apl", "mine-action"}, 0, []string{"Same verdict, different conditions", "minimum number absolutely necessary", "mine detection or removal"}, nil},
		{[]string{"ask", "clear", "apl"}, 0, []string{"apl: ignored", "Required in its own mined areas"}, nil},
		{[]string{"ask", "use", "sensitive-av", "elsewhere"}, 0, []string{"Contested", "If it is treated as an anti-personnel mine", "If not", "Not covered"}, nil},
		{[]string{"ask", "use", "bogus"}, 2, nil, []string{`"bogus" is not an answer`, "valid answers: use,", "ask use"}},
		{[]string{"ask", "use", "develop"}, 2, nil, []string{`both answer the question "activity"`}},
		{[]string{"ask", ""}, 2, nil, []string{"empty"}},
		{[]string{"ask", "--nope"}, 2, nil, []string{"usage"}},
		{[]string{"tree", "--format", "xml"}, 2, nil, []string{"unknown format"}},
		{[]string{"frob"}, 2, nil, []string{"unknown command"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, out, errs := run(tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr %s", code, tt.code, errs)
			}
			for _, s := range tt.stdout {
				if !strings.Contains(out, s) {
					t.Errorf("stdout lacks %q:\n%s", s, out)
				}
			}
			for _, s := range tt.stderr {
				if !strings.Contains(errs, s) {
					t.Errorf("stderr lacks %q:\n%s", s, errs)
				}
			}
		})
	}
}

func TestAskJSON(t *testing.T) {
	code, out, _ := run("ask", "--json", "use", "apl", "korea")
	if code != 0 {
		t.Fatal(code)
	}
	var v struct {
		Answers map[string]string `json:"answers"`
		Path    string            `json:"path"`
		Ignored []string          `json:"ignored"`
		Next    any               `json:"next"`
		Outcome map[string]json.RawMessage
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatal(err)
	}
	if v.Path != "/ask/use/apl/korea" || v.Answers["context"] != "korea" || v.Next != nil || v.Ignored == nil {
		t.Errorf("bad state: %s", out)
	}
	for _, k := range []string{"us-2022", "ottawa", "alignment", "if_apl"} {
		if _, ok := v.Outcome[k]; !ok {
			t.Errorf("outcome lacks %s", k)
		}
	}
	code, out, _ = run("ask", "--json", "use")
	if code != 0 || !strings.Contains(out, `"id": "device"`) || !strings.Contains(out, `"outcome": null`) {
		t.Errorf("next question JSON wrong: %s", out)
	}
}

func TestTree(t *testing.T) {
	code, out, _ := run("tree")
	if code != 0 || !strings.Contains(out, `"schema": "apl-explorer/tree/v3"`) {
		t.Errorf("json tree: %d %.200s", code, out)
	}
	code, out, _ = run("tree", "--format", "dot")
	if code != 0 || !strings.HasPrefix(out, "digraph policy {") || !strings.Contains(out, "Reportedly replaced") {
		t.Errorf("dot tree: %d %.200s", code, out)
	}
}

// TestLang checks --lang: the labels and prose in the language, the ids
// unchanged, and an unknown language refused.
func TestLang(t *testing.T) {
	code, out, _ := run("ask", "--lang", "fr", "use", "apl", "korea")
	fr, _ := policy.CatalogFor("fr")
	if code != 0 || !strings.Contains(out, fr.Text("cli.why")) || !strings.Contains(out, fr.VerdictLabel(policy.Prohibited)) || strings.Contains(out, "Why:") {
		t.Errorf("ask --lang fr: %d %.300s", code, out)
	}
	code, out, _ = run("ask", "--json", "--lang", "ar", "use")
	if code != 0 || !strings.Contains(out, `"lang": "ar"`) || !strings.Contains(out, `"id": "apl"`) {
		t.Errorf("ask --json --lang ar: %d %.300s", code, out)
	}
	if code, _, errs := run("ask", "--lang", "de", "use"); code != 2 || !strings.Contains(errs, "--lang") {
		t.Errorf("ask --lang de: %d %q", code, errs)
	}
}
