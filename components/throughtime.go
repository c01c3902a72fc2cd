package components

import (
	"strings"

	"github.com/apl-explorer/explorer/policy"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// asOfNote says, on a page judged as of an earlier or later period than
// the default, which dates its rules cover, before any verdict.
func (vw view) asOfNote(s policy.State, prefix string) app.UI {
	p := s.Period
	if p.IsDefault() {
		return app.Text("")
	}
	return app.P().Class("as-of-note").Body(
		app.Strong().Text(policy.Fill(vw.c().Text("asof.heading"), map[string]string{"from": vw.c().LongDate(p.From)})),
		app.Text(" "+vw.c().PeriodSpan(p)+" "),
		app.A().Href(vw.href(prefix+policy.DefaultPeriod().Prefix()+s.Path)).Text(policy.Fill(vw.c().Text("asof.default"), map[string]string{"regime": vw.c().RegimeShort(policy.DefaultPeriod().US)})),
	)
}

// throughTime is the "Through time" panel: one row per period with the
// U.S. policy then in force and its verdict on these same answers (split
// where an open question decides it, never guessed), each linked to this
// answer as of that period, and the Convention beside them.
func (vw view) throughTime(s policy.State, prefix string) app.UI {
	rows := policy.History(s.Answers)
	ot := s.Outcome.Ruling(policy.Ottawa)
	return app.Section().Class("through-time").Aria("labelledby", "time-h").Body(
		app.H2().ID("time-h").Text(vw.c().Text("time.heading")),
		app.P().Text(vw.c().Text("time.intro")),
		app.Div().Class("table-fit").Body(
			app.Table().Class("time-table").Body(
				app.Caption().Class("visually-hidden").Text(vw.c().Text("time.heading")),
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(vw.c().Text("time.col.when")),
					app.Th().Scope("col").Text(vw.c().Text("time.col.policy")),
					app.Th().Scope("col").Text(vw.c().Text("time.col.verdict")),
				)),
				app.TBody().Body(
					app.Range(rows).Slice(func(i int) app.UI { return vw.timeRow(s, prefix, rows[i]) }),
				),
			),
		),
		app.P().Class("time-convention").Body(
			verdictIcon(ot.Verdict),
			app.Text(" "+policy.Fill(vw.c().Text("time.convention"), map[string]string{
				"verdict": vw.c().VerdictLabel(ot.Verdict), "from": vw.c().LongDate(policy.RegimeStatus(policy.Ottawa).InForceFrom),
			})),
		),
	)
}

// timeRow is one period of the panel.
func (vw view) timeRow(s policy.State, prefix string, row policy.HistoryRow) app.UI {
	p := row.Period
	target := p.Prefix() + s.Path
	if t, err := p.Resolve(s.Answers); err == nil {
		target = t.URL()
	}
	to := vw.c().Text("asof.open")
	if p.To != "" {
		to = vw.c().LongDate(p.To)
	}
	when := app.A().Href(vw.href(prefix + target)).Text(vw.c().LongDate(p.From) + " – " + to)
	if p == s.Period {
		when.Aria("current", "page")
	}
	var changed app.UI = app.Text("")
	if row.Changed {
		changed = app.Span().Class("changed-badge").Text(vw.c().Text("time.changed"))
	}
	cls := "time-row"
	if p == s.Period {
		cls += " time-current"
	}
	return app.Tr().Class(cls).Body(
		app.Th().Scope("row").Body(when),
		app.Td().Body(
			app.Text(vw.c().RegimeName(p.US)+" "),
			app.Span().Class("time-status").Text("("+vw.c().StatusLabel(policy.RegimeStatus(p.US).Status)+")"),
		),
		app.Td().Body(changed, vw.judged(p.US, row)),
	)
}

// judged draws a regime's verdict on answers that may leave a question
// open: one verdict, or one per answer of the question that decides it.
func (vw view) judged(reg policy.RegimeID, row policy.HistoryRow) app.UI {
	switch {
	case row.Verdict != "":
		return app.Span().Class("verdict-"+string(row.Verdict)).Body(verdictIcon(row.Verdict), app.Text(" "+vw.c().VerdictLabelOf(reg, row.Verdict)))
	case row.DependsOn != "":
		return app.Ul().Class("split").Body(
			app.Range(row.Split).Slice(func(i int) app.UI {
				sp := row.Split[i]
				return app.Li().Body(
					app.Text(policy.Fill(vw.c().Text("time.if"), map[string]string{"answer": vw.splitLabel(row.DependsOn, sp.Answer)})+" "),
					verdictIcon(sp.Verdict), app.Text(" "+vw.c().VerdictLabelOf(reg, sp.Verdict)),
				)
			}),
		)
	}
	var qs []string
	for _, q := range row.Open {
		qs = append(qs, vw.c().QuestionText(q))
	}
	return app.Text(policy.Fill(vw.c().Text("time.open"), map[string]string{"questions": strings.Join(qs, " ")}))
}

// keptRules says, on an exception, that the earlier policy's rules
// continued to apply, and what they said about the same answers.
func (vw view) keptRules(s policy.State, r policy.RulingView, reg policy.RegimeID) app.UI {
	if r.Keeps == "" {
		return app.Text("")
	}
	row := s.Period.Judge(r.Keeps, s.Answers)
	return app.Div().Class("excepted-note").Body(
		app.P().Text(capitalize(vw.c().Kept(reg, r.Keeps))),
		vw.judged(r.Keeps, row),
		app.P().Class("hint").Body(app.Text(vw.c().Text("facts.sources")+" "), vw.sourceLinks(vw.sourceKeysOf(r.Keeps))),
	)
}

// sourceKeysOf lists a regime's source keys.
func (vw view) sourceKeysOf(reg policy.RegimeID) []string {
	var out []string
	for _, sr := range policy.RegimeStatus(reg).Sources {
		out = append(out, sr.Key)
	}
	return out
}

// splitLabel names an answer in a split verdict: "persistent".
func (vw view) splitLabel(q policy.QuestionID, a policy.AnswerID) string {
	if t := vw.c().Text("doing." + string(q) + "." + string(a)); t != "" {
		return t
	}
	return strings.ToLower(vw.c().AnswerLabel(a))
}
