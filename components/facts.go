package components

import (
	"github.com/apl-explorer/explorer/policy"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The pieces below draw facts that later sources added to what the 2022
// texts say: each dated and tagged from the policy data, never typed here.

// citationNote draws what the explorer adds beside a quoted clause that
// later facts overtook (the fact sheet's NATO claim), or nothing.
func (vw view) citationNote(prefix string, id policy.CitationID) app.UI {
	text, tag, sources := vw.c().CitationNote(id)
	if text == "" {
		return app.Text("")
	}
	return app.P().Class("citation-note").Body(
		app.Strong().Text(vw.c().Text("facts.since")+" "),
		app.Text(text+" "),
		vw.tagBadge(tag),
		app.Text(" "+vw.c().Text("facts.sources")+" "),
		vw.sourceLinksIn(prefix, sources),
	)
}

// partyCounts draws the number of States Parties with the counting rule,
// each count dated and tagged.
func (vw view) partyCounts() app.UI {
	counts := policy.PartyCounts()
	return app.Div().Class("party-counts").Body(
		app.P().Text(vw.c().PartyCountRule()),
		app.Ul().Body(
			app.Range(counts).Slice(func(i int) app.UI {
				c := counts[i]
				note := app.Text("")
				if c.Note != "" {
					note = app.Text(" " + vw.c().Text(c.Note))
				}
				return app.Li().Body(
					app.Text(vw.c().PartyCountText(c)+" "),
					vw.tagBadge(c.Tag),
					note,
					app.Text(" "+vw.c().Text("facts.sources")+" "),
					vw.sourceLinks(c.Sources),
				)
			}),
		),
	)
}

// laterFigures draws the newer figures beside a fact-sheet figure.
func (vw view) laterFigures(id policy.CitationID) app.UI {
	var out []policy.LaterFigure
	for _, f := range policy.LaterFigures() {
		if f.Cite == id {
			out = append(out, f)
		}
	}
	return app.Range(out).Slice(func(i int) app.UI {
		return app.P().Class("figure-later").Body(
			app.Text(vw.c().LaterFigureText(out[i])+" "),
			vw.tagBadge(out[i].Tag),
			app.Text(" "+vw.c().Text("facts.source")+" "),
			vw.sourceLinks(out[i].Sources),
		)
	})
}

// termGaps names the conditions on which two regimes giving the same
// verdict differ.
func (vw view) termGaps(o policy.OutcomeView) app.UI {
	if len(o.Gaps) == 0 {
		return app.Text("")
	}
	return app.Div().Class("term-gaps").Body(
		app.P().Text(vw.c().Text("term.gaps.intro")),
		app.Table().Class("gaps").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text(vw.c().Text("facts.condition")),
				app.Th().Scope("col").Text(vw.c().RegimeShort(policy.US2022)),
				app.Th().Scope("col").Text(vw.c().RegimeShort(policy.Ottawa)),
			)),
			app.TBody().Body(
				app.Range(o.Gaps).Slice(func(i int) app.UI {
					g := o.Gaps[i]
					return app.Tr().Body(app.Th().Scope("row").Text(g.Label), app.Td().Text(g.US), app.Td().Text(g.Ottawa))
				}),
			),
		),
	)
}

// inference draws what the explorer infers from a development, tagged [D]
// in its words.
func (vw view) inference(d policy.DevelopmentView) app.UI {
	if d.Inference == "" {
		return app.Text("")
	}
	return app.Text(" " + d.Inference)
}

// countsFor draws the States Parties counts under that glossary term.
func (vw view) countsFor(term string) app.UI {
	if term != "states-parties" {
		return app.Text("")
	}
	return app.Dd().Body(vw.partyCounts())
}
