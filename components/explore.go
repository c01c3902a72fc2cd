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
	vw   view
	path string
}

func (e *Explore) OnPreRender(ctx app.Context) { e.load(ctx, false) }
func (e *Explore) OnNav(ctx app.Context)       { e.load(ctx, true) }

func (e *Explore) load(ctx app.Context, navigated bool) {
	e.vw = enter(ctx, "explore.title", navigated)
	e.path = sitePath(ctx.Page().URL().Path)
}

func (e *Explore) Render() app.UI {
	vw := e.vw
	prefix := ""
	if e.path == EmbedPrefix+"/explore" {
		prefix = EmbedPrefix
	}
	body := []app.UI{
		heading(vw.T("explore.heading")),
		app.P().Class("lead").Text(vw.Tf("explore.lead", map[string]string{"regime": vw.c().RegimeLabel(policy.US2022)})),
		vw.statusBlock(prefix, "status-h"),
		vw.matrix(prefix),
		vw.claimCheck(prefix),
		vw.treeSection(prefix),
		app.Section().Aria("labelledby", "dl-h").Body(
			app.H2().ID("dl-h").Text(vw.T("explore.download.h")),
			app.P().Text(vw.T("explore.download")),
			app.Ul().Body(
				app.Li().Body(vw.link(prefix, "/policy.json").Attr("download", "apl-policy.json").Text(vw.Tf("explore.download.json", map[string]string{"schema": policy.SchemaVersion}))),
				app.Li().Body(vw.link(prefix, "/policy.dot").Attr("download", "apl-policy.dot").Text(vw.T("explore.download.dot"))),
			),
		),
	}
	if prefix != "" {
		return vw.embedFrame("/explore", body...)
	}
	return vw.page("/explore", append(body, vw.embedSnippet("/explore"))...)
}

// matrixRow is one row of the matrix: an activity with, where they
// matter, a purpose and a place.
type matrixRow struct {
	answers policy.Answers
}

// matrixRows derives the rows from the wizard: every outcome reached with
// the anti-personnel mine device gives a row, plus the activities that ask
// no device, in the order the wizard offers the answers.
func (vw view) matrixRows() []matrixRow {
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

// question is the question of an id the code names (a policy constant),
// which always exists.
func question(id policy.QuestionID) policy.Question {
	q, _ := policy.QuestionByID(id)
	return q
}

// matrix draws the table. Rows are activities (with purpose and place
// where they matter); columns are devices; each cell shows both verdicts
// and the alignment, and links to the outcome.
func (vw view) matrix(prefix string) app.UI {
	rows := vw.matrixRows()
	// Devices whose every outcome says the same thing are folded into one
	// line each, with their outcomes linked, instead of columns that
	// repeat one verdict in every row.
	devices, groups := vw.foldDevices(false)
	folded := make([]app.UI, len(groups))
	for i, g := range groups {
		folded[i] = vw.foldLine(prefix, "fold.same", g, true)
	}
	return app.Section().Aria("labelledby", "matrix-h").Body(
		app.H2().ID("matrix-h").Text(vw.T("explore.matrix.h")),
		app.Div().Class("folds").Body(folded...),
		app.P().Class("hint").Text(vw.Tf("explore.matrix.hint", map[string]string{"us": vw.c().RegimeShort(policy.US2022), "ottawa": vw.c().RegimeShort(policy.Ottawa)})),
		app.Div().Class("table-scroll").Role("region").Aria("labelledby", "matrix-h").TabIndex(0).Body(
			app.Table().Class("matrix").Body(
				app.Caption().Class("visually-hidden").Text(vw.T("explore.matrix.caption")),
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(vw.T("explore.col.activity")),
					app.Th().Scope("col").Text(vw.T("explore.col.purpose")),
					app.Th().Scope("col").Text(vw.T("explore.col.where")),
					app.Range(devices).Slice(func(i int) app.UI {
						return app.Th().Scope("col").Text(vw.c().AnswerLabel(devices[i]))
					}),
				)),
				app.TBody().Body(
					app.Range(rows).Slice(func(i int) app.UI {
						r := rows[i].answers
						return app.Tr().Body(
							app.Th().Scope("row").Text(vw.c().AnswerLabel(r[policy.Activity])),
							vw.contextCell(r, policy.Purpose, vw.T("explore.col.purpose")),
							vw.contextCell(r, policy.Context, vw.T("explore.col.where")),
							app.Range(devices).Slice(func(j int) app.UI {
								return vw.matrixCell(r.With(policy.Device, devices[j]), prefix)
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
func (vw view) contextCell(a policy.Answers, q policy.QuestionID, name string) app.UI {
	if v, ok := a[q]; ok {
		return app.Td().Class("ctx").DataSet("label", name).Text(vw.c().AnswerLabel(v))
	}
	return app.Td().Class("ctx ctx-empty").Text("–")
}

// matrixCell resolves one combination (dropping what does not matter)
// and links to its outcome.
func (vw view) matrixCell(a policy.Answers, prefix string) app.UI {
	s, err := policy.Resolve(a)
	if err != nil || !s.Done() {
		return app.Td().Text("–")
	}
	o := s.Outcome
	return app.Td().Class("cell alignment-" + string(o.Alignment)).Body(
		app.A().Href(vw.href(prefix+s.Path)).Body(
			app.Span().Class("cell-device").Aria("hidden", "true").Text(vw.c().AnswerLabel(a[policy.Device])),
			app.Range(policy.Regimes()).Slice(func(i int) app.UI {
				reg := policy.Regimes()[i]
				v := o.Ruling(reg).Verdict
				return app.Span().Class("cell-line").Body(app.Span().Class("visually-hidden").Text(vw.underPrefix(reg)+" "), verdictIcon(v), app.Text(" "+vw.c().VerdictLabel(v)))
			}),
			app.Span().Class("cell-line cell-alignment").Body(alignmentIcon(o.Alignment), app.Text(" "+vw.c().AlignmentLabel(o.Alignment))),
		),
	)
}

// claimCheck shows the fact sheet's claim and what the table says of it,
// as computed by the policy package.
func (vw view) claimCheck(prefix string) app.UI {
	c, err := policy.CheckClaim()
	if err != nil {
		return app.P().Text(err.Error()) // cannot happen: the policy tests check the claim
	}
	fs, _ := policy.CitationByID("fs-align")
	verdict := vw.T("claim.holds")
	if !c.Holds {
		verdict = vw.T("claim.fails")
	}
	return app.Section().Class("claim").Aria("labelledby", "claim-h").Body(
		app.H2().ID("claim-h").Text(vw.T("claim.h")),
		app.Blockquote().Cite(fs.URL).Lang("en").Body(app.P().Text("“"+fs.Quote+"”")),
		vw.unofficial(fs.ID),
		app.P().Class("citation-source").Body(app.Text("— "), vw.link(prefix, "/sources#fs-align").Text(vw.factSheetName()), app.Text(" "), vw.tagBadge(fs.Tag)),
		app.P().Body(vw.fill("claim.tested", map[string]app.UI{"claim": app.Strong().Text(vw.c().Text("claim.statement"))})...),
		vw.citationNote(prefix, "fs-align"),
		app.P().Body(app.Strong().Class("claim-result").Text(verdict), app.Text(" "+vw.c().ClaimFinding(c))),
		app.Ul().Class("claim-exceptions").Body(
			app.Range(c.Exceptions).Slice(func(i int) app.UI {
				x := c.Exceptions[i]
				s, _ := policy.ParsePath(x.Path)
				return app.Li().Body(
					app.A().Href(vw.href(prefix+x.Path)).Text(vw.answersSummary(s)),
					app.Text(vw.Tf("claim.exception", map[string]string{"alignment": vw.c().AlignmentLabel(x.Alignment), "us": vw.c().VerdictUnder(policy.US2022, x.US), "ottawa": vw.c().VerdictUnder(policy.Ottawa, x.Ottawa)})),
				)
			}),
		),
		app.P().Class("hint").Text(vw.T("claim.computed")),
	)
}
