// Package cli is the explorer's command line: `ask` walks the wizard and
// prints the next question or the outcome, `tree` prints the whole
// derived policy. Both read only the policy package.
package cli

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/apl-explorer/explorer/policy"
)

// Main runs one subcommand ("ask" or "tree") with its arguments and
// returns the exit status: 0 on success, 2 on bad input, 1 on an internal
// error. today gives the current date: the one clock, which tests set.
func Main(cmd string, args []string, stdout, stderr io.Writer, today func() time.Time) int {
	switch cmd {
	case "ask":
		return ask(args, stdout, stderr, today().UTC().Format(time.DateOnly))
	case "tree":
		return tree(args, stdout, stderr)
	}
	fmt.Fprintf(stderr, "unknown command %q; use ask or tree\n", cmd)
	return 2
}

// parseFlags parses flags wherever they stand among the arguments (Go's
// flag package stops at the first non-flag), so `ask use apl korea
// --json` works as well as `ask --json use apl korea`. It returns the
// exit status to use when parsing ended the command (-h is 0, a bad flag
// 2), or -1 to go on.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, int) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, 0
			}
			return nil, 2
		}
		if fs.NArg() == 0 {
			return rest, -1
		}
		rest = append(rest, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

func ask(args []string, stdout, stderr io.Writer, today string) int {
	fs := flag.NewFlagSet("ask", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print JSON instead of text")
	lang := fs.String("lang", "en", "language of the labels and prose (ids never change): "+langIDs())
	asOf := fs.String("as-of", "", "answer as of this date (YYYY-MM-DD, from "+policy.Earliest()+" to today); without it, the 2022 policy")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: ask [--json] [--as-of YYYY-MM-DD] ANSWER…   e.g. ask use apl korea (flags may come anywhere)")
		fs.PrintDefaults()
	}
	if wantsHelp(args) {
		fs.SetOutput(stdout)
		fs.Usage()
		return 0
	}
	answers, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	cat, err := policy.CatalogFor(*lang)
	if err != nil {
		fmt.Fprintf(stderr, "ask: --lang: %v; use one of %s\n", err, langIDs())
		return 2
	}
	period := policy.DefaultPeriod()
	if *asOf != "" {
		p, err := policy.PeriodAt(*asOf, today)
		if err != nil {
			fmt.Fprintf(stderr, "ask: --as-of: %v\n", err)
			return 2
		}
		period = p
	}
	s, err := period.ParseAnswers(answers)
	if err != nil {
		var ie *policy.InputError
		if errors.As(err, &ie) {
			fmt.Fprintf(stderr, "ask: %v\n", err)
			if ie.Nearest != "/ask" {
				fmt.Fprintf(stderr, "the valid answers you gave lead to: ask %s\n", strings.Join(strings.Split(strings.TrimPrefix(ie.Nearest, "/ask/"), "/"), " "))
			}
			return 2
		}
		fmt.Fprintf(stderr, "ask: %v\n", err)
		return 1
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(cat.ViewState(s)); err != nil {
			fmt.Fprintf(stderr, "ask: %v\n", err)
			return 1
		}
		return 0
	}
	writeState(stdout, cat, s)
	return 0
}

// langIDs lists the registered languages.
func langIDs() string {
	var ids []string
	for _, l := range policy.Languages() {
		ids = append(ids, l.ID)
	}
	return strings.Join(ids, ", ")
}

// wantsHelp reports whether the arguments ask for help: help goes to
// standard output and exits 0.
func wantsHelp(args []string) bool {
	for _, a := range args {
		switch a {
		case "-h", "-help", "--help":
			return true
		}
	}
	return false
}

// writeState prints a wizard state for a person to read: each regime's
// status first, so that no verdict reads as what is allowed today.
func writeState(w io.Writer, cat *policy.Catalog, s policy.State) {
	v := cat.ViewState(s)
	if !s.Period.IsDefault() {
		fmt.Fprintf(w, "%s %s\n", cat.T("asof.heading", map[string]string{"from": cat.LongDate(s.Period.From)}), cat.PeriodSpan(s.Period))
	}
	for _, reg := range s.Period.Regimes() {
		r := v.Regimes[reg]
		fmt.Fprintf(w, "%s: %s. %s (%s %s)\n", r.Label, r.StatusLabel, r.StatusNote, cat.Text("facts.sources"), sourceKeys(r.Sources))
	}
	fmt.Fprintln(w)
	for _, a := range s.Ignored {
		fmt.Fprintln(w, cat.T("cli.ignored", map[string]string{"answer": string(a)}))
	}
	if v.Next != nil {
		fmt.Fprintf(w, "%s\n%s\n\n", v.Next.Question, v.Next.Hint)
		for _, o := range v.Next.Options {
			fmt.Fprintf(w, "  %-14s %s: %s\n", o.ID, o.Label, o.Hint)
		}
		asof := ""
		if !s.Period.IsDefault() {
			asof = "--as-of " + s.Period.From + " "
		}
		fmt.Fprintf(w, "\n%s\n", cat.T("cli.answer-with", map[string]string{"command": "ask " + asof + prefix(s) + "<answer>"}))
		return
	}
	writeOutcome(w, cat, *v.Outcome, "", s.Answers)
	writeHistory(w, cat, v.History)
	fmt.Fprintf(w, "\n%s\n%s\n", cat.StatusAsOf(), cat.T("cli.factsheet", map[string]string{"url": policy.FactSheetURL, "archive": policy.FactSheetArchiveURL}))
	if len(v.Outcome.Developments) > 0 {
		fmt.Fprintln(w, "\n"+cat.Text("home.developments"))
		for _, d := range v.Outcome.Developments {
			fmt.Fprintf(w, "  %s [%s] %s", d.When, d.Tag, d.Text)
			if d.Inference != "" {
				fmt.Fprintf(w, " %s", d.Inference)
			}
			fmt.Fprintf(w, " (%s %s)\n", cat.Text("facts.sources"), strings.Join(d.Sources, ", "))
		}
	}
}

// sourceKeys lists source keys with their tags: "FS [P], U16a [S]".
func sourceKeys(refs []policy.SourceRef) string {
	var parts []string
	for _, r := range refs {
		parts = append(parts, r.Key+" ["+string(r.Tag)+"]")
	}
	return strings.Join(parts, ", ")
}

// kept is what the earlier rules an exception kept said about the
// answers in the period that starts on asOf.
func kept(cat *policy.Catalog, reg policy.RegimeID, asOf string, a policy.Answers) string {
	row := policy.PeriodFrom(asOf).Judge(reg, a)
	if row.Verdict != "" {
		return cat.VerdictLabelOf(reg, row.Verdict) + "."
	}
	var parts []string
	for _, sp := range row.Split {
		parts = append(parts, cat.AnswerLabel(sp.Answer)+": "+cat.VerdictLabelOf(reg, sp.Verdict))
	}
	return strings.Join(parts, cat.Text("list.semi")) + cat.Text("punct.end")
}

// writeHistory prints every U.S. policy's verdict on the same answers.
func writeHistory(w io.Writer, cat *policy.Catalog, h []policy.HistoryView) {
	fmt.Fprintf(w, "\n%s (%s):\n", cat.Text("time.heading"), cat.Text("time.col.policy"))
	for _, r := range h {
		to := cat.Text("asof.open")
		if r.To != nil {
			to = cat.LongDate(*r.To)
		}
		mark := " "
		if r.Changed {
			mark = "*"
		}
		fmt.Fprintf(w, " %s %s %s (%s): %s", mark, cat.T("history.period", map[string]string{"from": cat.LongDate(r.From), "to": to}), cat.RegimeName(r.Policy), cat.StatusLabel(r.Status), r.Label)
		for q, split := range r.DependsOn {
			qq, _ := policy.QuestionByID(q)
			var parts []string
			for _, a := range qq.Answers {
				parts = append(parts, cat.AnswerLabel(a)+": "+cat.VerdictLabelOf(r.Policy, split[a]))
			}
			fmt.Fprintf(w, " (%s)", strings.Join(parts, cat.Text("list.semi")))
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, "  "+cat.Text("cli.changed"))
}

func writeOutcome(w io.Writer, cat *policy.Catalog, o policy.OutcomeView, indent string, answers policy.Answers) {
	for _, reg := range o.Regimes {
		r := o.Rulings[reg]
		fmt.Fprintf(w, "%s%s\n", indent, cat.VerdictUnder(reg, r.Verdict))
		if r.DecidedBy != "" {
			fmt.Fprintf(w, "%s  %s\n", indent, cat.Deferred(reg, r.DecidedBy))
		}
		fmt.Fprintf(w, "%s  %s %s\n", indent, cat.Text("cli.why"), r.Explanation)
		if r.Keeps != "" {
			fmt.Fprintf(w, "%s  %s %s\n", indent, cat.Kept(reg, r.Keeps), kept(cat, r.Keeps, o.AsOf, answers))
		}
		if len(r.Primary) > 0 {
			fmt.Fprintf(w, "%s  %s [P]: %s\n", indent, cat.Text("citation.primary"), strings.Join(r.Primary, ", "))
		}
		for _, c := range r.Citations {
			if c.Quote != "" {
				fmt.Fprintf(w, "%s  [%s] %s: “%s”\n", indent, c.ID, c.Ref, c.Quote)
			} else {
				fmt.Fprintf(w, "%s  [%s] %s%s %s\n", indent, c.ID, c.Ref, cat.Text("citation.in-summary"), c.Summary)
			}
		}
		if len(r.Secondary) > 0 {
			fmt.Fprintf(w, "%s  %s [S]: %s\n", indent, cat.Text("citation.secondary"), strings.Join(r.Secondary, ", "))
		}
	}
	fmt.Fprintf(w, "%s%s %s\n", indent, cat.Text("cli.alignment"), o.AlignmentLabel)
	if len(o.Gaps) > 0 {
		fmt.Fprintf(w, "%s  %s\n", indent, cat.Text("term.gaps.intro"))
		for _, g := range o.Gaps {
			fmt.Fprintf(w, "%s  - %s: %s: %s; %s: %s\n", indent, g.Label, cat.RegimeShort(o.Regimes[0]), g.US, cat.RegimeShort(policy.Ottawa), g.Ottawa)
		}
	}
	for _, rd := range []struct {
		key string
		o   *policy.OutcomeView
	}{{"reading.if-apl", o.IfAPL}, {"reading.if-not", o.IfNot}} {
		if rd.o == nil {
			continue
		}
		fmt.Fprintf(w, "\n%s%s (%s)\n", indent, cat.Text(rd.key), cat.Text(rd.key+".about"))
		writeOutcome(w, cat, *rd.o, indent+"  ", answers)
	}
}

// prefix is the ask command line so far.
func prefix(s policy.State) string {
	var b strings.Builder
	for _, a := range s.Answers.List() {
		b.WriteString(string(a) + " ")
	}
	return b.String()
}

func tree(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("tree", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "json", "json or dot")
	lang := fs.String("lang", "en", "language of the labels and prose: "+langIDs())
	if wantsHelp(args) {
		fs.SetOutput(stdout)
		fmt.Fprintln(stdout, "usage: tree [--format json|dot] [--lang ID]")
		fs.PrintDefaults()
		return 0
	}
	rest, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	if len(rest) > 0 {
		fmt.Fprintf(stderr, "tree: unexpected argument %q; usage: tree [--format json|dot] [--lang ID]\n", rest[0])
		return 2
	}
	cat, err := policy.CatalogFor(*lang)
	if err != nil {
		fmt.Fprintf(stderr, "tree: --lang: %v; use one of %s\n", err, langIDs())
		return 2
	}
	switch *format {
	case "json":
		e, err := cat.BuildExport()
		if err != nil {
			fmt.Fprintf(stderr, "tree: %v\n", err)
			return 1
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(e); err != nil {
			fmt.Fprintf(stderr, "tree: %v\n", err)
			return 1
		}
	case "dot":
		d, err := cat.DOT()
		if err != nil {
			fmt.Fprintf(stderr, "tree: %v\n", err)
			return 1
		}
		io.WriteString(stdout, d)
	default:
		fmt.Fprintf(stderr, "tree: unknown format %q; use json or dot\n", *format)
		return 2
	}
	return 0
}
