package components

import (
	"github.com/apl-explorer/explorer/policy"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Explore shows the whole policy at once: the matrix of every activity by
// device, purpose and place for both regimes, the claim of alignment as
// computed, and the decision tree as a diagram and as an outline.
// It is also drawn without the site's chrome at /embed/explore.
type Explore struct {
	app.Compo
	path string
}

func (e *Explore) OnPreRender(ctx app.Context) { e.load(ctx) }
func (e *Explore) OnNav(ctx app.Context) {
	e.load(ctx)
	focusHeading(ctx)
}

func (e *Explore) load(ctx app.Context) {
	e.path = sitePath(ctx.Page().URL().Path)
	setTitle(ctx, "Explore the whole policy")
}

func (e *Explore) Render() app.UI {
	prefix := ""
	if e.path == EmbedPrefix+"/explore" {
		prefix = EmbedPrefix
	}
	body := []app.UI{
		heading("The whole policy at a glance"),
		app.P().Class("lead").Text("Every combination the wizard can reach: what the " + cat().RegimeLabel(policy.US2022) + " said, and what the Ottawa Convention says. Each entry links to its full outcome with the reasons and sources."),
		statusBlock(prefix, "status-h"),
		matrix(prefix),
		claimCheck(prefix),
		treeSection(prefix),
		app.Section().Aria("labelledby", "dl-h").Body(
			app.H2().ID("dl-h").Text("Download the data"),
			app.P().Text("The decision tree, the verdict table, the citations and the claim check, derived from the same table as these pages."),
			app.Ul().Body(
				app.Li().Body(link(prefix, "/policy.json").Attr("download", "apl-policy.json").Text("JSON (schema "+policy.SchemaVersion+")")),
				app.Li().Body(link(prefix, "/policy.dot").Attr("download", "apl-policy.dot").Text("Graphviz DOT")),
			),
		),
	}
	if prefix != "" {
		return embedFrame("/explore", body...)
	}
	return page("/explore", append(body, embedSnippet("/explore"))...)
}

// matrixRow is one row of the matrix: an activity with, where they
// matter, a purpose and a place.
type matrixRow struct {
	answers policy.Answers
}

// matrixRows derives the rows from the wizard: every outcome reached with
// the anti-personnel mine device gives a row, plus the activities that ask
// no device, in the order the wizard offers the answers.
func matrixRows() []matrixRow {
	states, _ := policy.AllStates()
	var rows []matrixRow
	for _, s := range states {
		if d, ok := s.Answers[policy.Device]; !s.Done() || (ok && d != "apl") {
			continue
		}
		rows = append(rows, matrixRow{answers: s.Answers.Without(policy.Device)})
	}
	return rows
}

func mustQuestion(id policy.QuestionID) policy.Question {
	q, _ := policy.QuestionByID(id)
	return q
}

// matrix draws the table. Rows are activities (with purpose and place
// where they matter); columns are devices; each cell shows both verdicts
// and the alignment, and links to the outcome.
func matrix(prefix string) app.UI {
	rows := matrixRows()
	// Devices whose every outcome says the same thing are folded into one
	// line each, with their outcomes linked, instead of columns that
	// repeat one verdict in every row.
	devices, groups := foldDevices(false)
	folded := make([]app.UI, len(groups))
	for i, g := range groups {
		folded[i] = foldLine(prefix, "fold.same", g, true)
	}
	return app.Section().Aria("labelledby", "matrix-h").Body(
		app.H2().ID("matrix-h").Text("Every activity, by device"),
		app.Div().Class("folds").Body(folded...),
		app.P().Class("hint").Text("In each cell: what "+cat().RegimeShort(policy.US2022)+" said, then what "+cat().RegimeShort(policy.Ottawa)+" says, then how they compare. A dash means the question is not asked because it cannot change the outcome. On a narrow screen, each activity is a card."),
		app.Div().Class("table-scroll").Role("region").Aria("labelledby", "matrix-h").TabIndex(0).Body(
			app.Table().Class("matrix").Body(
				app.Caption().Class("visually-hidden").Text("Verdicts by activity, purpose, place and device"),
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text("Activity"),
					app.Th().Scope("col").Text("Purpose"),
					app.Th().Scope("col").Text("Where"),
					app.Range(devices).Slice(func(i int) app.UI {
						return app.Th().Scope("col").Text(cat().AnswerLabel(devices[i]))
					}),
				)),
				app.TBody().Body(
					app.Range(rows).Slice(func(i int) app.UI {
						r := rows[i].answers
						return app.Tr().Body(
							app.Th().Scope("row").Text(cat().AnswerLabel(r[policy.Activity])),
							contextCell(r, policy.Purpose, "Purpose"),
							contextCell(r, policy.Context, "Where"),
							app.Range(devices).Slice(func(j int) app.UI {
								return matrixCell(r.With(policy.Device, devices[j]), prefix)
							}),
						)
					}),
				),
			),
		),
	)
}

// contextCell shows a row's purpose or place, or a dash when the question
// is not asked; on a narrow screen it carries its column's name.
func contextCell(a policy.Answers, q policy.QuestionID, name string) app.UI {
	if v, ok := a[q]; ok {
		return app.Td().Class("ctx").DataSet("label", name).Text(cat().AnswerLabel(v))
	}
	return app.Td().Class("ctx ctx-empty").Text("–")
}

// matrixCell resolves one combination (dropping what does not matter)
// and links to its outcome.
func matrixCell(a policy.Answers, prefix string) app.UI {
	s, err := policy.Resolve(a)
	if err != nil || !s.Done() {
		return app.Td().Text("–")
	}
	o := s.Outcome
	return app.Td().Class("cell alignment-" + string(o.Alignment)).Body(
		app.A().Href(href(prefix+s.Path)).Body(
			app.Span().Class("cell-device").Aria("hidden", "true").Text(cat().AnswerLabel(a[policy.Device])),
			app.Range(policy.Regimes()).Slice(func(i int) app.UI {
				reg := policy.Regimes()[i]
				v := o.Ruling(reg).Verdict
				return app.Span().Class("cell-line").Body(app.Span().Class("visually-hidden").Text(underPrefix(reg)+" "), verdictIcon(v), app.Text(" "+cat().VerdictLabel(v)))
			}),
			app.Span().Class("cell-line cell-alignment").Body(alignmentIcon(o.Alignment), app.Text(" "+cat().AlignmentLabel(o.Alignment))),
		),
	)
}

// claimCheck shows the fact sheet's claim and what the table says of it,
// as computed by the policy package.
func claimCheck(prefix string) app.UI {
	c, err := policy.CheckClaim()
	if err != nil {
		return app.P().Text("The claim could not be checked: " + err.Error())
	}
	fs, _ := policy.CitationByID("fs-align")
	verdict := "On this table, the claim holds."
	if !c.Holds {
		verdict = "On this table, the claim does not hold."
	}
	return app.Section().Class("claim").Aria("labelledby", "claim-h").Body(
		app.H2().ID("claim-h").Text("Checking the claim of alignment"),
		app.Blockquote().Cite(fs.URL).Body(app.P().Text("“"+fs.Quote+"”")),
		app.P().Class("citation-source").Body(app.Text("— "), link(prefix, "/sources#fs-align").Text(factSheetName()), app.Text(" "), tagBadge(fs.Tag)),
		app.P().Body(app.Text("The claim tested: "), app.Strong().Text(cat().Text("claim.statement"))),
		citationNote(prefix, "fs-align"),
		app.P().Body(app.Strong().Class("claim-result").Text(verdict), app.Text(" "+cat().ClaimFinding(c))),
		app.Ul().Class("claim-exceptions").Body(
			app.Range(c.Exceptions).Slice(func(i int) app.UI {
				x := c.Exceptions[i]
				s, _ := policy.ParsePath(x.Path)
				return app.Li().Body(
					app.A().Href(href(prefix+x.Path)).Text(answersSummary(s)),
					app.Text(": "+cat().AlignmentLabel(x.Alignment)+" ("+cat().VerdictUnder(policy.US2022, x.US)+"; "+cat().VerdictUnder(policy.Ottawa, x.Ottawa)+")"),
				)
			}),
		),
		app.P().Class("hint").Text("Computed by the explorer from its verdict table each time this page is built; it is a check of the table, not a legal finding."),
	)
}
