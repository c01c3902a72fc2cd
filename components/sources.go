package components

import (
	"github.com/apl-explorer/explorer/policy"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Sources is the reading room: the fact sheet in full with an anchor on
// every clause the rules quote, the Convention article by article, a
// glossary, a timeline and the reference list.
type Sources struct {
	app.Compo
	vw view
}

func (s *Sources) OnPreRender(ctx app.Context) { s.vw = enter(ctx, "nav.sources", false) }
func (s *Sources) OnNav(ctx app.Context)       { s.vw = enter(ctx, "nav.sources", true) }

func (s *Sources) Render() app.UI {
	vw := s.vw
	return vw.page("/sources",
		heading(vw.T("nav.sources")),
		app.Nav().Class("toc").Aria("label", vw.T("sources.toc")).Body(app.Ul().Body(
			app.Li().Body(app.A().Href("#fact-sheet").Text(vw.Tf("sources.factsheet.h", map[string]string{"date": vw.c().LongDate(policy.FactSheetDate)}))),
			app.Li().Body(app.A().Href("#convention").Text(vw.T("sources.convention.h"))),
			app.Li().Body(app.A().Href("#glossary").Text(vw.T("sources.glossary.h"))),
			app.Li().Body(app.A().Href("#timeline").Text(vw.timelineTitle())),
			app.Li().Body(app.A().Href("#references").Text(vw.T("sources.references.h"))),
			app.Li().Body(app.A().Href("#tags").Text(vw.T("sources.tags.h"))),
		)),
		vw.statusBlock("", "status-h"),
		vw.factSheetSection(),
		vw.conventionSection(),
		vw.glossarySection(),
		vw.timelineSection(),
		vw.referencesSection(),
		vw.tagsSection(),
	)
}

// factSheetSection reproduces the fact sheet, marking each quoted clause
// with an anchor (#fs-use …).
func (vw view) factSheetSection() app.UI {
	blocks := policy.FactSheet()
	var body []app.UI
	var list []app.UI
	flush := func() {
		if len(list) > 0 {
			body = append(body, app.Ul().Body(list...))
			list = nil
		}
	}
	for _, b := range blocks {
		content := vw.segments(b.Text)
		switch b.Kind {
		case "li":
			list = append(list, app.Li().Body(content...))
			continue
		case "h":
			flush()
			body = append(body, app.H3().Body(content...))
		default:
			flush()
			body = append(body, app.P().Body(content...))
			for _, seg := range policy.Segments(b.Text) {
				if seg.Cite != "" {
					body = append(body, vw.citationNote("", seg.Cite))
				}
			}
		}
	}
	flush()
	return app.Section().ID("fact-sheet").Aria("labelledby", "fact-sheet-h").Body(
		app.H2().ID("fact-sheet-h").Text(vw.Tf("sources.factsheet.h", map[string]string{"date": vw.c().LongDate(policy.FactSheetDate)})),
		app.P().Class("source-meta").Body(
			app.Strong().Lang("en").Text(policy.FactSheetTitle), app.Text(". "), app.Span().Lang("en").Text(policy.FactSheetBy), app.Text(", "),
			app.Time().DateTime(policy.FactSheetDate).Text(vw.c().LongDate(policy.FactSheetDate)), app.Text(". "),
			app.A().Href(policy.FactSheetURL).Rel("noopener").Text(vw.T("sources.factsheet.original")),
			app.Text(" "), vw.tagBadge(policy.TagPrimary),
		),
		app.P().Class("hint").Text(vw.T("sources.factsheet.hint")),
		app.Div().Class("fact-sheet").Body(body...),
	)
}

// segments draws a block's text with its quoted clauses marked.
func (vw view) segments(text string) []app.UI {
	var out []app.UI
	for _, s := range policy.Segments(text) {
		if s.Cite == "" {
			out = append(out, app.Text(s.Text))
			continue
		}
		out = append(out, app.Mark().ID(string(s.Cite)).Class("clause").Body(
			app.Text(s.Text),
			app.A().Class("clause-link").Href("#"+string(s.Cite)).Body(
				app.Span().Class("visually-hidden").Text(vw.T("sources.clause.link")+" "),
				app.Text(string(s.Cite)),
			),
		))
	}
	return out
}

func (vw view) conventionSection() app.UI {
	arts := policy.Articles()
	return app.Section().ID("convention").Aria("labelledby", "convention-h").Body(
		app.H2().ID("convention-h").Text(vw.T("sources.convention.h")),
		app.P().Body(
			app.Text(vw.Tf("sources.convention.adopted", map[string]string{"date": vw.c().LongDate(policy.RegimeStatus(policy.Ottawa).AnnouncedOn)})+" "),
			vw.tagBadge(policy.TagPrimary), app.Text(" ("), vw.sourceLinks([]string{"T1"}),
			app.Text("); "+vw.Tf("sources.convention.in-force", map[string]string{"date": vw.c().LongDate(policy.RegimeStatus(policy.Ottawa).InForceFrom)})+" "), vw.tagBadge(policy.TagSecondary), app.Text(" ("), vw.sourceLinks([]string{"T2", "T3"}), app.Text(")."),
		),
		app.P().Class("hint").Text(vw.T("sources.convention.hint")),
		app.Dl().Class("articles").Body(
			app.Range(arts).Slice(func(i int) app.UI {
				a := arts[i]
				return app.Div().ID(string(a.ID)).Class("article").Body(
					app.Dt().Body(app.Strong().Text(vw.c().ArticleRef(a)+": "), app.Text(vw.c().ArticleTitle(a))),
					app.Dd().Body(app.Text(vw.c().ArticleSummary(a)+" "), vw.tagBadge(a.Tag), app.Text(" Source: "), vw.sourceLinks(a.Sources), app.Text(".")),
				)
			}),
		),
	)
}

func (vw view) glossarySection() app.UI {
	terms := policy.Glossary()
	return app.Section().ID("glossary").Aria("labelledby", "glossary-h").Body(
		app.H2().ID("glossary-h").Text(vw.T("sources.glossary.h")),
		app.Dl().Class("glossary").Body(
			app.Range(terms).Slice(func(i int) app.UI {
				t := terms[i]
				return app.Div().ID("term-"+t.ID).Body(
					app.Dt().Text(vw.c().GlossaryTerm(t)),
					app.Dd().Body(app.Text(vw.c().GlossaryDefinition(t)+" "), vw.tagBadge(t.Tag), app.Text(" Sources: "), vw.sourceLinks(t.Sources), app.Text("."), vw.citeLinks(t.Cites)),
					vw.countsFor(t.ID),
				)
			}),
		),
	)
}

// citeLinks links to related clauses and articles on this page.
func (vw view) citeLinks(ids []policy.CitationID) app.UI {
	if len(ids) == 0 {
		return app.Text("")
	}
	return app.Span().Body(
		app.Text(" "+vw.T("sources.see")+" "),
		app.Range(ids).Slice(func(i int) app.UI {
			sep := ""
			if i > 0 {
				sep = ", "
			}
			label := string(ids[i])
			if c, ok := policy.CitationByID(ids[i]); ok && c.Quote == "" {
				label = vw.c().CitationRef(c)
			}
			return app.Span().Body(app.Text(sep), app.A().Href("#"+string(ids[i])).Text(label))
		}),
		app.Text("."),
	)
}

func (vw view) timelineSection() app.UI {
	events := policy.Timeline()
	return app.Section().ID("timeline").Aria("labelledby", "timeline-h").Body(
		app.H2().ID("timeline-h").Text(vw.timelineTitle()),
		app.P().Body(
			app.A().Href(vw.href("/history")).Text(vw.c().Text("history.title")), app.Text(": "+vw.c().Text("history.card")+" "),
			app.A().Href(vw.href("/cases")).Text(vw.c().Text("cases.title")), app.Text(": "+vw.c().Text("cases.card")),
		),
		app.Ol().Class("timeline").Body(
			app.Range(events).Slice(func(i int) app.UI {
				e := events[i]
				subject := vw.T("history.us-lane")
				if e.Subject == "convention" {
					subject = vw.T("history.ottawa-lane")
				}
				var quote app.UI = app.Text("")
				if e.Quote != "" {
					quote = app.Blockquote().Body(app.P().Lang("en").Text("“"+e.Quote+"”"), app.P().Class("citation-source").Text("— "+vw.c().EventQuoteBy(e)), vw.unofficialKey("quote.event."+e.ID))
				}
				return app.Li().ID(e.ID).Class("event event-"+e.Subject).Body(
					app.P().Class("event-when").Body(app.Time().DateTime(e.Date).Text(vw.c().EventWhen(e)), app.Text(" · "+subject)),
					app.H3().Text(vw.c().EventTitle(e)),
					app.P().Body(app.Text(vw.c().EventSummary(e)+" "), vw.tagBadge(e.Tag), app.Text(" Sources: "), vw.sourceLinks(e.Sources), app.Text(".")),
					quote,
				)
			}),
		),
	)
}

func (vw view) referencesSection() app.UI {
	srcs := policy.Sources()
	return app.Section().ID("references").Aria("labelledby", "references-h").Body(
		app.H2().ID("references-h").Text(vw.T("sources.references.h")),
		app.P().Class("hint").Text(vw.T("sources.references.hint")),
		app.Ul().Class("references").Body(
			app.Range(srcs).Slice(func(i int) app.UI {
				s := srcs[i]
				var link app.UI = app.Text("")
				if s.URL != "" {
					link = app.A().Href(s.URL).Rel("noopener noreferrer").Class("ref-url").Text(s.URL)
				}
				return app.Li().ID("src-"+s.Key).Body(
					app.Strong().Text(s.Key+" "), app.Span().Lang("en").Text(s.Title), app.Text(" ("+vw.T("refgroup."+s.Group)+"). "), link,
				)
			}),
		),
	)
}

func (vw view) tagsSection() app.UI {
	return app.Section().ID("tags").Aria("labelledby", "tags-h").Body(
		app.H2().ID("tags-h").Text(vw.T("sources.tags.h")),
		app.Dl().Body(
			app.Dt().Body(vw.tagBadge(policy.TagPrimary)), app.Dd().Text(vw.T("sources.tags.P")),
			app.Dt().Body(vw.tagBadge(policy.TagSecondary)), app.Dd().Text(vw.T("sources.tags.S")),
			app.Dt().Body(vw.tagBadge(policy.TagDerived)), app.Dd().Text(vw.T("sources.tags.D")),
			app.Dt().Body(vw.tagBadge(policy.TagUnverified)), app.Dd().Text(vw.T("sources.tags.UNVERIFIED")),
		),
	)
}

// timelineTitle names the timeline with its first and last years, from
// the data.
func (vw view) timelineTitle() string {
	ev := policy.Timeline()
	first, last := ev[0].Date, ev[0].Date
	for _, e := range ev {
		first, last = min(first, e.Date), max(last, e.Date)
	}
	return vw.Tf("sources.timeline.span", map[string]string{"from": first[:4], "to": last[:4]})
}
