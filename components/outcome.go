package components

import (
	"github.com/apl-explorer/explorer/policy"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// outcomeView draws a finished wizard path: both verdicts side by side,
// the alignment, why (each rule's explanation with its quoted clause or
// summarised article), what would change the answer, later developments,
// and how to share it.
func outcomeView(s policy.State, prefix string) []app.UI {
	o := policy.ViewOutcome(*s.Outcome)
	return []app.UI{
		backLink(s, prefix),
		app.Div().Class("outcome").Body(
			app.P().Class("caption").Text(answersSummary(s)),
			heading("Outcome"),
			app.Div().Role("status").Aria("live", "polite").Class("outcome-summary").Body(
				app.P().Class("alignment alignment-"+string(o.Alignment)).Body(
					alignmentIcon(o.Alignment),
					app.Span().Text("Alignment: "),
					app.Strong().Class("alignment-label").Text(o.AlignmentLabel),
				),
			),
			verdictCards(o),
			readings(o),
			app.Section().Aria("labelledby", "why-h").Body(
				app.H2().ID("why-h").Text("Why"),
				app.Range(policy.Regimes()).Slice(func(i int) app.UI {
					reg := policy.Regimes()[i]
					return why(reg, o.Rulings[reg])
				}),
			),
			alternatives(s, prefix),
			developments(o),
			share(s, prefix),
		),
		yourAnswers(s, prefix),
	}
}

// verdictCards shows each regime's verdict as a card: icon, label, and
// the date the regime is taken at.
func verdictCards(o policy.OutcomeView) app.UI {
	return app.Div().Class("verdicts").Body(
		app.Range(policy.Regimes()).Slice(func(i int) app.UI {
			reg := policy.Regimes()[i]
			r := o.Rulings[reg]
			return app.Section().Class("verdict verdict-"+string(r.Verdict)).Aria("label", policy.RegimeLabel(reg)).Body(
				app.P().Class("regime").Text(policy.RegimeLabel(reg)),
				app.P().Class("verdict-label").Body(
					verdictIcon(r.Verdict),
					app.Span().Class("verdict-text").Text(r.Label),
				),
				app.P().Class("regime-about").Body(
					app.Text(policy.RegimeAbout(reg)+" Source: "),
					sourceLinks([]string{"FS"}), app.Text("."),
				),
			)
		}),
	)
}

// readings shows the two readings of a contested device.
func readings(o policy.OutcomeView) app.UI {
	if o.IfAPL == nil {
		return app.Text("")
	}
	var parts []app.UI
	for _, rd := range []struct {
		key, id string
		o       *policy.OutcomeView
	}{{"reading.if-apl", "reading-apl", o.IfAPL}, {"reading.if-not", "reading-not", o.IfNot}} {
		parts = append(parts, app.Section().Class("reading").Aria("labelledby", rd.id).Body(
			app.H2().ID(rd.id).Text(policy.Text(rd.key)),
			app.P().Class("hint").Body(
				app.Text(policy.Text(rd.key+".about")+" "), tagBadge(policy.TagSecondary),
				app.Text(" Source: "), sourceLinks([]string{"C1"}), app.Text("."),
			),
			app.P().Class("alignment alignment-"+string(rd.o.Alignment)).Body(
				alignmentIcon(rd.o.Alignment),
				app.Span().Text("Alignment: "),
				app.Strong().Text(rd.o.AlignmentLabel),
			),
			verdictCards(*rd.o),
			app.Range(policy.Regimes()).Slice(func(i int) app.UI {
				reg := policy.Regimes()[i]
				return why(reg, rd.o.Rulings[reg])
			}),
		))
	}
	return app.Div().Class("readings").Body(parts...)
}

// why explains one regime's ruling with its citations.
func why(reg policy.RegimeID, r policy.RulingView) app.UI {
	return app.Div().Class("why").Body(
		app.H3().Text(policy.RegimeLabel(reg)+": "+r.Label),
		app.P().Text(r.Explanation),
		app.Ul().Class("citations").Body(
			app.Range(r.Citations).Slice(func(i int) app.UI { return citation(r.Citations[i]) }),
		),
		secondary(r.Secondary),
		app.P().Class("rule-id").Body(app.Text("Rule "), app.Code().Text(string(r.Rule))),
	)
}

// citation shows a quoted clause as a quotation, and a summarised article
// as a summary: a paraphrase is never presented as a quote.
func citation(c policy.CitationView) app.UI {
	if c.Quote != "" {
		return app.Li().Class("citation citation-quote").Body(
			app.Blockquote().Cite(c.URL).Body(app.P().Text("“"+c.Quote+"”")),
			app.P().Class("citation-source").Body(
				app.Text("— "),
				app.A().Href(href("/sources#"+string(c.ID))).Text(c.Ref),
				app.Text(" (quoted word for word) "),
				tagBadge(c.Tag),
			),
		)
	}
	return app.Li().Class("citation citation-summary").Body(
		app.P().Body(
			app.A().Href(href("/sources#"+string(c.ID))).Text(c.Ref),
			app.Text(", in summary: "+c.Summary+" "),
			tagBadge(c.Tag),
		),
	)
}

// secondary names the secondary sources an explanation relies on.
func secondary(keys []string) app.UI {
	if len(keys) == 0 {
		return app.Text("")
	}
	return app.P().Class("secondary").Body(
		app.Text("This explanation also relies on secondary sources "),
		tagBadge(policy.TagSecondary),
		app.Text(": "),
		sourceLinks(keys),
		app.Text("."),
	)
}

// alternatives lists, per answered question, the other answers that give
// a different outcome, as links.
func alternatives(s policy.State, prefix string) app.UI {
	alts := s.Alternatives()
	if len(alts) == 0 {
		return app.Text("")
	}
	var groups []app.UI
	for _, q := range s.Answers.List() {
		qid, _ := policy.QuestionOf(q)
		var items []app.UI
		for _, a := range alts {
			if a.Question != qid {
				continue
			}
			var result string
			if a.State.Done() {
				o := a.State.Outcome
				result = "U.S.: " + policy.VerdictLabel(o.Ruling(policy.US2022).Verdict) + "; Convention: " + policy.VerdictLabel(o.Ruling(policy.Ottawa).Verdict) + " (" + policy.AlignmentLabel(o.Alignment) + ")"
			} else {
				result = "asks: " + policy.QuestionText(a.State.Next)
			}
			items = append(items, app.Li().Body(
				app.A().Href(href(prefix+a.Path)).Text(policy.AnswerLabel(a.Answer)),
				app.Text(" — "+result),
			))
		}
		if len(items) == 0 {
			continue
		}
		groups = append(groups, app.Div().Class("alt-group").Body(
			app.H3().Text("If the answer to “"+policy.QuestionText(qid)+"” were:"),
			app.Ul().Body(items...),
		))
	}
	return app.Section().Class("what-would-change").Aria("labelledby", "change-h").Body(
		app.H2().ID("change-h").Text("What would change this answer"),
		app.Div().Body(groups...),
	)
}

// developments lists what happened after 21 June 2022 that touches these
// rules, dated and tagged.
func developments(o policy.OutcomeView) app.UI {
	if len(o.Developments) == 0 {
		return app.Text("")
	}
	return app.Section().Class("later").Aria("labelledby", "later-h").Body(
		app.H2().ID("later-h").Text("Since then"),
		app.P().Text("This outcome describes the U.S. policy as announced on 21 June 2022. Later developments that touch these rules:"),
		app.Ul().Body(
			app.Range(o.Developments).Slice(func(i int) app.UI {
				d := o.Developments[i]
				return app.Li().Class("development").Body(
					app.Strong().Body(app.Time().DateTime(d.Date).Text(d.When)),
					app.Text(": "+d.Text+" "),
					tagBadge(d.Tag),
					app.Text(" Sources: "),
					sourceLinks(d.Sources),
					app.Text("."),
				)
			}),
		),
	)
}

// share offers the outcome's link; the answers live in the URL only.
func share(s policy.State, prefix string) app.UI {
	return app.Section().Class("share no-print-hide").Aria("labelledby", "share-h").Body(
		app.H2().ID("share-h").Text("Share or print"),
		app.P().Body(
			app.Text("Link to this outcome: "),
			app.A().Class("share-link").Href(href(s.Path)).Text(siteOrigin()+s.Path),
		),
		app.P().Class("hint").Text("The link holds your answers; nothing is stored anywhere else. Use your browser’s Print command for a printable copy."),
		embedSnippet(s.Path),
	)
}

// verdictSymbols repeat each verdict in shape, so colour is never the
// only cue; alignmentSymbols do the same for alignments.
var (
	verdictSymbols = map[policy.Verdict]string{
		policy.Prohibited: "✕", policy.Permitted: "✓", policy.Conditional: "✓*", policy.Required: "!",
		policy.Excepted: "⚑", policy.Silent: "–", policy.OutOfScope: "○", policy.Contested: "?",
	}
	alignmentSymbols = map[policy.Alignment]string{
		policy.Aligned: "=", policy.USLessRestrictive: "<", policy.USMoreRestrictive: ">",
		policy.NotAddressed: "–", policy.AlignContested: "?",
	}
)

// verdictIcon is the decorative symbol of a verdict.
func verdictIcon(v policy.Verdict) app.UI {
	return app.Span().Class("icon").Aria("hidden", "true").Text(verdictSymbols[v])
}

// alignmentIcon is the decorative symbol of an alignment.
func alignmentIcon(a policy.Alignment) app.UI {
	return app.Span().Class("icon").Aria("hidden", "true").Text(alignmentSymbols[a])
}
