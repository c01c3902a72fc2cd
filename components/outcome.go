package components

import (
	"strings"

	"github.com/apl-explorer/explorer/policy"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// outcomeView draws a finished wizard path: the answer in one sentence
// as the h1, the regimes' status, each verdict under its own heading with
// what it means, the comparison, why (each regime's explanation with its
// quoted clauses or summarised articles, each cited once), what would
// change the answer (folded), later developments, and how to share it.
// Embedded, it is compact: answer, status, verdicts and a link to the rest.
func (vw view) outcomeView(s policy.State, prefix string) []app.UI {
	o := vw.c().ViewOutcome(*s.Outcome)
	head := []app.UI{
		app.P().Class("caption question-words").Body(
			app.Span().Class("caption-label").Text(vw.c().Text("outcome.asked")+": "),
			app.Text(vw.answersSummary(s)),
		),
		heading(vw.AnswerSentence(s)).Class("answer-sentence"),
		vw.asOfNote(s, prefix),
		vw.statusBlockFor(prefix, "status-h", o.Regimes),
		vw.verdictCards(o),
	}
	if prefix != "" {
		return []app.UI{
			vw.backLink(s, prefix),
			app.Div().Class("outcome outcome-compact").Body(append(head,
				vw.comparison(o),
				app.P().Class("full-answer").Body(
					vw.link(prefix, s.URL()).Class("button button-small").Body(
						app.Text(vw.c().Text("outcome.full")),
						app.Span().Class("visually-hidden").Text(" "+vw.T("link.new-tab")),
					),
				),
				app.P().Body(app.A().Class("start-again").Href(vw.href(prefix+s.Period.Prefix()+"/ask")).Text(vw.T("wizard.start-again"))),
			)...),
		}
	}
	return []app.UI{
		vw.backLink(s, prefix),
		app.Div().Class("outcome").Body(append(head,
			app.P().Class("print-only printed-from").Text(vw.Tf("outcome.online", map[string]string{"url": siteOrigin() + s.URL()})),
			vw.comparison(o),
			vw.dispute(o),
			vw.whySection(s, o),
			vw.throughTime(s, prefix),
			vw.alternatives(s, prefix),
			vw.developments(o),
			vw.share(s),
		)...),
		vw.yourAnswers(s, prefix),
	}
}

// verdictCards shows each regime's verdict under its own heading, read as
// what that regime's text says ("Under the 2022 U.S. policy: Excepted"),
// with what the label means in one sentence.
func (vw view) verdictCards(o policy.OutcomeView) app.UI {
	return app.Div().Class("verdicts").Body(
		app.Range(o.Regimes).Slice(func(i int) app.UI {
			reg := o.Regimes[i]
			r := o.Rulings[reg]
			id := "verdict-" + string(reg) + "-h"
			return app.Section().Class("verdict verdict-"+string(r.Verdict)).Aria("labelledby", id).Body(
				app.H2().ID(id).Class("verdict-label").Body(
					verdictIcon(r.Verdict),
					app.Span().Body(vw.verdictUnder(reg, r)...),
				),
				app.P().Class("verdict-means").Body(vw.glossed("", vw.verdictMeans(r.Verdict))...),
			)
		}),
	)
}

// verdictUnder is policy.VerdictUnder with the label marked up on its own.
func (vw view) verdictUnder(reg policy.RegimeID, r policy.RulingView) []app.UI {
	full := vw.c().VerdictUnder(reg, r.Verdict)
	i := strings.LastIndex(full, r.Label)
	if i < 0 {
		return []app.UI{app.Span().Class("regime-under").Text(full + " "), app.Span().Class("verdict-text visually-hidden").Text(r.Label)}
	}
	return []app.UI{
		app.Span().Class("regime-under").Text(strings.TrimRight(full[:i], " ")),
		app.Text(" "),
		app.Span().Class("verdict-text").Text(r.Label),
		app.Text(full[i+len(r.Label):]),
	}
}

// comparison says how the verdicts compare, after the verdicts.
func (vw view) comparison(o policy.OutcomeView) app.UI {
	return app.Section().Class("outcome-summary").Aria("labelledby", "compare-h").Body(
		app.H2().ID("compare-h").Text(vw.c().Text("outcome.compare")),
		app.P().Class("alignment alignment-"+string(o.Alignment)).Body(
			alignmentIcon(o.Alignment),
			app.Strong().Class("alignment-label").Text(o.AlignmentLabel),
		),
		vw.termGaps(o),
	)
}

// dispute puts a contested outcome's dispute in one paragraph, then both
// readings in one small table.
func (vw view) dispute(o policy.OutcomeView) app.UI {
	if o.IfAPL == nil || o.IfNot == nil {
		return app.Text("")
	}
	var sentences []string
	seen := map[string]bool{}
	for _, reg := range o.Regimes {
		for _, sn := range splitSentences(o.Rulings[reg].Explanation) {
			if !seen[sn] {
				seen[sn] = true
				sentences = append(sentences, sn)
			}
		}
	}
	readings := []struct {
		key string
		o   *policy.OutcomeView
	}{{"reading.if-apl", o.IfAPL}, {"reading.if-not", o.IfNot}}
	return app.Section().Class("dispute").Aria("labelledby", "dispute-h").Body(
		app.H2().ID("dispute-h").Text(vw.c().Text("outcome.dispute")),
		app.P().Body(append(vw.glossed("", strings.Join(sentences, " ")+" "+vw.c().Text("reading.if-apl.about")+" "+vw.c().Text("reading.if-not.about")+" "),
			vw.tagBadge(policy.TagSecondary), app.Text(" "+vw.T("facts.source")+" "), vw.sourceLinks([]string{"C1"}), app.Text(vw.T("punct.end")),
		)...),
		app.Div().Class("table-fit").Body(
			app.Table().Class("readings-table").Body(
				app.Caption().Text(vw.c().Text("outcome.readings")),
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(vw.T("outcome.col.reading")),
					app.Range(o.Regimes).Slice(func(i int) app.UI {
						return app.Th().Scope("col").Text(sentence(vw.c().RegimeShort(o.Regimes[i])))
					}),
					app.Th().Scope("col").Text(vw.T("outcome.col.comparison")),
				)),
				app.TBody().Body(
					app.Range(readings).Slice(func(i int) app.UI {
						rd := readings[i]
						return app.Tr().Body(
							app.Th().Scope("row").Text(vw.c().Text(rd.key)),
							app.Range(o.Regimes).Slice(func(j int) app.UI {
								r := rd.o.Rulings[o.Regimes[j]]
								return app.Td().Class("reading-verdict verdict-"+string(r.Verdict)).Body(verdictIcon(r.Verdict), app.Text(" "+r.Label))
							}),
							app.Td().Body(alignmentIcon(rd.o.Alignment), app.Text(" "+rd.o.AlignmentLabel)),
						)
					}),
				),
			),
		),
	)
}

// splitSentences splits a plain text after each full stop.
func splitSentences(t string) []string {
	var out []string
	for _, p := range strings.SplitAfter(t, ". ") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// whySection explains each regime's ruling (and, for a contested device,
// its ruling under each reading), then lists every clause and article it
// rests on, each once.
func (vw view) whySection(s policy.State, o policy.OutcomeView) app.UI {
	var cites []policy.CitationView
	var secondaries, primaries []string
	seenCite, seenSec := map[policy.CitationID]bool{}, map[string]bool{}
	collect := func(r policy.RulingView) {
		for _, c := range r.Citations {
			if !seenCite[c.ID] {
				seenCite[c.ID] = true
				cites = append(cites, c)
			}
		}
		for _, k := range r.Secondary {
			if !seenSec[k] {
				seenSec[k] = true
				secondaries = append(secondaries, k)
			}
		}
	}
	var parts []app.UI
	for _, reg := range o.Regimes {
		r := o.Rulings[reg]
		collect(r)
		body := []app.UI{
			app.H3().Text(vw.c().VerdictUnder(reg, r.Verdict)),
			app.P().Class("regime-about").Body(vw.glossed("", vw.c().RegimeAbout(reg))...),
		}
		if r.DecidedBy != "" {
			body = append(body, app.P().Class("deferred").Text(capitalize(vw.c().Deferred(reg, r.DecidedBy))))
		}
		for _, k := range r.Primary {
			if !seenSec[k] {
				seenSec[k] = true
				primaries = append(primaries, k)
			}
		}
		if o.IfAPL != nil && o.IfNot != nil {
			for _, rd := range []struct {
				key string
				o   *policy.OutcomeView
			}{{"reading.if-apl", o.IfAPL}, {"reading.if-not", o.IfNot}} {
				rr := rd.o.Rulings[reg]
				collect(rr)
				body = append(body, app.P().Body(append([]app.UI{app.Strong().Text(vw.Tf("outcome.reading", map[string]string{"reading": vw.T(rd.key), "label": rr.Label}) + " ")}, vw.glossed("", rr.Explanation)...)...))
			}
		} else {
			body = append(body, app.P().Body(vw.glossed("", r.Explanation)...), vw.keptRules(s, r, reg))
		}
		parts = append(parts, app.Div().Class("why").Body(body...))
	}
	parts = append(parts,
		app.H3().Text(vw.T("outcome.rests")),
		app.Ul().Class("citations").Body(
			app.Range(cites).Slice(func(i int) app.UI { return vw.citation(cites[i]) }),
		),
		vw.primary(primaries),
		vw.secondary(secondaries),
	)
	return app.Section().Class("why-section").Aria("labelledby", "why-h").Body(
		append([]app.UI{app.H2().ID("why-h").Text(vw.c().Text("outcome.why"))}, parts...)...,
	)
}

// citation shows a quoted clause as a quotation, and a summarised article
// as a summary: a paraphrase is never presented as a quote.
func (vw view) citation(c policy.CitationView) app.UI {
	if c.Quote != "" {
		return app.Li().Class("citation citation-quote").Body(
			app.Blockquote().Cite(c.URL).Lang("en").Body(app.P().Text("“"+c.Quote+"”")),
			vw.unofficial(c.ID),
			app.P().Class("citation-source").Body(
				app.Text("— "),
				app.A().Href(vw.href("/sources#"+string(c.ID))).Text(c.Ref),
				app.Text(" "+vw.T("citation.quoted")+" "),
				vw.tagBadge(c.Tag),
			),
		)
	}
	return app.Li().Class("citation citation-summary").Body(
		app.P().Body(
			app.A().Href(vw.href("/sources#"+string(c.ID))).Text(c.Ref),
			app.Text(vw.T("citation.in-summary")+" "+c.Summary+" "),
			vw.tagBadge(c.Tag),
		),
	)
}

// primary names the primary sources an explanation summarises (the
// older policies' fact sheets and statements, never quoted).
func (vw view) primary(keys []string) app.UI {
	return vw.sourcesNote(keys, policy.TagPrimary, "citation.primary", "primary")
}

// secondary names the secondary sources an explanation relies on.
func (vw view) secondary(keys []string) app.UI {
	return vw.sourcesNote(keys, policy.TagSecondary, "citation.secondary", "secondary")
}

// sourcesNote names the sources of one tag, after the catalog's words.
func (vw view) sourcesNote(keys []string, tag policy.Tag, key, class string) app.UI {
	if len(keys) == 0 {
		return app.Text("")
	}
	return app.P().Class(class).Body(
		app.Text(vw.T(key)+" "),
		vw.tagBadge(tag),
		app.Text(": "),
		vw.sourceLinks(keys),
		app.Text(vw.T("punct.end")),
	)
}

// alternatives lists, per answered question, the other answers that give
// a different outcome, as links.
func (vw view) alternatives(s policy.State, prefix string) app.UI {
	alts := s.Alternatives()
	if len(alts) == 0 {
		return app.Text("")
	}
	return &disclosure{Class: "what-would-change", Summary: vw.c().Text("outcome.change"), HeadingID: "change-h", Content: func() []app.UI {
		return []app.UI{app.Div().Body(vw.alternativeGroups(s, prefix, alts)...)}
	}}
}

// alternativeGroups are the alternatives grouped by question.
func (vw view) alternativeGroups(s policy.State, prefix string, alts []policy.Alternative) []app.UI {
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
				var under []string
				for _, reg := range o.Period.Regimes() {
					under = append(under, vw.c().VerdictUnder(reg, o.Ruling(reg).Verdict))
				}
				result = vw.Tf("outcome.alt.result", map[string]string{"verdicts": strings.Join(under, vw.T("list.semi")), "alignment": vw.c().AlignmentLabel(o.Alignment)})
			} else {
				result = vw.Tf("outcome.alt.asks", map[string]string{"question": vw.c().QuestionText(a.State.Next)})
			}
			items = append(items, app.Li().Body(
				app.A().Href(vw.href(prefix+a.Path)).Text(vw.c().AnswerLabel(a.Answer)),
				app.Text(" — "+result),
			))
		}
		if len(items) == 0 {
			continue
		}
		groups = append(groups, app.Div().Class("alt-group").Body(
			app.H3().Text(vw.Tf("outcome.alt.if", map[string]string{"question": vw.c().QuestionText(qid)})),
			app.Ul().Body(items...),
		))
	}
	return groups
}

// developments lists what happened after 21 June 2022 that touches these
// rules, dated and tagged.
func (vw view) developments(o policy.OutcomeView) app.UI {
	// Later developments are dated after the default policy; a page as of
	// another period has the Through time panel instead.
	if len(o.Developments) == 0 || o.Regimes[0] != policy.DefaultPeriod().US {
		return app.Text("")
	}
	return app.Section().Class("later").Aria("labelledby", "later-h").Body(
		app.H2().ID("later-h").Text(vw.T("outcome.since.h")),
		app.P().Text(policy.Fill(vw.c().Text("outcome.since"), map[string]string{
			"regime": vw.c().RegimeShort(policy.US2022), "announced": vw.c().LongDate(policy.RegimeStatus(policy.US2022).AnnouncedOn),
		})),
		app.Ul().Body(
			app.Range(o.Developments).Slice(func(i int) app.UI {
				d := o.Developments[i]
				return app.Li().Class("development").Body(
					app.Strong().Body(app.Time().DateTime(d.Date).Text(d.When)),
					app.Text(": "+d.Text+" "),
					vw.tagBadge(d.Tag),
					app.Text(" "+vw.T("facts.sources")+" "),
					vw.sourceLinks(d.Sources),
					app.Text(vw.T("punct.end")),
				)
			}),
		),
	)
}

// share offers the outcome's link; the answers live in the URL only.
func (vw view) share(s policy.State) app.UI {
	return app.Section().Class("share").Aria("labelledby", "share-h").Body(
		app.H2().ID("share-h").Text(vw.T("outcome.share.h")),
		app.P().Body(
			app.Text(vw.T("outcome.share.link")+" "),
			app.A().Class("share-link").Href(vw.href(s.URL())).Text(siteOrigin()+s.URL()),
		),
		app.P().Class("hint").Text(vw.T("outcome.share.hint")),
		vw.embedSnippet(s.URL()),
	)
}

// verdictSymbols repeat each verdict in shape, so colour is never the
// only cue; alignmentSymbols do the same for alignments.
var (
	verdictSymbols = map[policy.Verdict]string{
		policy.Prohibited: "✕", policy.Permitted: "✓", policy.Conditional: "✓*", policy.Required: "!",
		policy.Excepted: "⚑", policy.Silent: "–", policy.OutOfScope: "○", policy.Contested: "?",
		policy.Unknown: "…", policy.RequiredOwnAreas: "!", policy.Effort: "→",
	}
	alignmentSymbols = map[policy.Alignment]string{
		policy.Aligned: "=", policy.USLessRestrictive: "<", policy.USMoreRestrictive: ">",
		policy.NotAddressed: "–", policy.AlignContested: "?", policy.AlignUnknown: "…",
		policy.ConditionsDiffer: "≈", policy.USCommitsMore: ">",
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
