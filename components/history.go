package components

import (
	"slices"
	"sort"
	"strconv"

	"github.com/apl-explorer/explorer/policy"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// History shows U.S. policy through time: a timeline of the policies and
// the Convention's milestones, then a matrix of what each period's policy
// said for every question the wizard asks, each cell linked to its
// outcome as of that period.
type History struct {
	app.Compo
	vw view
}

func (h *History) OnPreRender(ctx app.Context) { h.vw = enter(ctx, "history.title", false) }
func (h *History) OnNav(ctx app.Context)       { h.vw = enter(ctx, "history.title", true) }

func (h *History) Render() app.UI {
	vw := h.vw
	bands, marks := vw.policyBands(), vw.milestones()
	return vw.page("/history",
		heading(vw.c().Text("history.title")),
		app.P().Class("lead").Text(policy.Fill(vw.c().Text("history.lead"), map[string]string{
			"n": strconv.Itoa(len(policy.USPolicies())), "first": vw.c().LongDate(bands[0].from),
		})),
		app.Section().ID("timeline").Aria("labelledby", "timeline-h").Body(
			app.H2().ID("timeline-h").Text(vw.c().Text("history.timeline")),
			app.Div().Class("history-timeline").Body(
				app.Raw(vw.timelineSVG(bands, marks, policy.NewestSourceDate())),
				app.Div().Class("timeline-words").Body(
					app.H3().Text(vw.c().Text("history.words")),
					vw.timelineList(bands, marks),
				),
			),
		),
		vw.historyMatrix(),
		app.P().Body(
			app.A().Href(vw.href("/cases")).Text(vw.c().Text("cases.title")),
			app.Text(" · "),
			app.A().Href(vw.href("/sources#timeline")).Text(vw.timelineTitle()),
		),
	)
}

// timelineList states the drawing's facts in date order: each policy
// with its dates, status and sources, and each milestone with its tag and
// sources.
func (vw view) timelineList(bands []band, marks []policy.Event) app.UI {
	type item struct {
		day string
		ui  app.UI
	}
	var items []item
	for _, b := range bands {
		info := policy.RegimeStatus(b.id)
		key, to := "history.band", ""
		if b.to == "" {
			key = "history.band.open"
		} else {
			to = vw.c().LongDate(b.to)
		}
		text := policy.Fill(vw.c().Text(key), map[string]string{
			"name": vw.c().RegimeName(b.id), "from": vw.c().LongDate(b.from), "to": to,
			"status": vw.c().StatusLabel(info.Status),
		})
		items = append(items, item{b.from, app.Li().Class("tl-item-us").Body(
			app.Text(text+" "), vw.sourceRefs("", info.Sources),
		)})
	}
	for _, e := range marks {
		items = append(items, item{e.Date, app.Li().Class("tl-item-convention").Body(
			app.Time().DateTime(e.Date).Text(vw.c().LongDate(e.Date)),
			app.Text(": "), app.A().Href(vw.href("/sources#"+e.ID)).Text(vw.c().EventTitle(e)), app.Text(" "),
			vw.tagBadge(e.Tag), app.Text(" "), vw.sourceLinks(e.Sources),
		)})
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].day < items[j].day })
	lis := make([]app.UI, len(items))
	for i, it := range items {
		lis[i] = it.ui
	}
	return app.Ol().Class("timeline-list").Body(lis...)
}

// historyColumn is one column of the matrix: periods in a row whose
// verdicts never differ, shown once.
type historyColumn struct {
	periods []*policy.Period
	index   int // the first period's position in policy.Periods()
}

// historyColumns folds each period whose verdicts never change from the
// one before into the previous column.
func (vw view) historyColumns(rows [][]policy.HistoryRow) []historyColumn {
	var cols []historyColumn
	for i, p := range policy.Periods() {
		changed := i == 0
		for _, r := range rows {
			changed = changed || r[i].Changed
		}
		if !changed {
			cols[len(cols)-1].periods = append(cols[len(cols)-1].periods, p)
			continue
		}
		cols = append(cols, historyColumn{periods: []*policy.Period{p}, index: i})
	}
	return cols
}

// header is the column's heading: the policy, its dates and status.
func (c historyColumn) header(vw view) (name, dates, status string) {
	first, last := c.periods[0], c.periods[len(c.periods)-1]
	dates = policy.Fill(vw.c().Text("history.period"), map[string]string{"from": vw.shortDate(first.From), "to": vw.shortDate(last.To)})
	if last.To == "" {
		dates = policy.Fill(vw.c().Text("history.period.open"), map[string]string{"from": vw.shortDate(first.From)})
	}
	return vw.bandName(first.US), dates, vw.c().StatusLabel(policy.RegimeStatus(first.US).Status)
}

// historyMatrix draws the change matrix: one row per wizard outcome for
// anti-personnel mines (and the activities that ask no device), one
// column per period and the Convention. Devices whose answers never
// differ are folded into one line above it.
func (vw view) historyMatrix() app.UI {
	kept, groups := vw.foldDevices(true)
	states, _ := policy.AllStates()
	var scen []policy.State
	var rows [][]policy.HistoryRow
	for _, s := range states {
		d, ok := s.Answers[policy.Device]
		if !s.Done() || (ok && !slices.Contains(kept, d)) {
			continue
		}
		scen = append(scen, s)
		rows = append(rows, policy.History(s.Answers))
	}
	cols := vw.historyColumns(rows)
	ottawa := vw.c().RegimeLabel(policy.Ottawa)
	var folded []app.UI
	for _, g := range groups {
		folded = append(folded, vw.foldLine("", "fold.same.all", g, false))
	}
	return app.Section().ID("matrix").Aria("labelledby", "matrix-h").Body(
		app.H2().ID("matrix-h").Text(vw.c().Text("history.matrix")),
		app.P().Class("hint").Text(vw.c().Text("history.matrix.lead")),
		app.Div().Class("folds").Body(folded...),
		app.Div().Class("table-scroll").Role("region").Aria("labelledby", "matrix-h").TabIndex(0).Body(
			app.Table().Class("matrix history-matrix").Body(
				app.Caption().Class("visually-hidden").Text(vw.c().Text("history.matrix")),
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(vw.c().Text("outcome.asked")),
					app.Range(cols).Slice(func(i int) app.UI {
						name, dates, status := cols[i].header(vw)
						return app.Th().Scope("col").Body(
							app.Span().Class("col-name").Text(name),
							app.Span().Class("col-dates").Text(dates),
							app.Span().Class("col-status").Text(status),
						)
					}),
					app.Th().Scope("col").Body(
						app.Span().Class("col-name").Text(ottawa),
						app.Span().Class("col-status").Text(vw.c().StatusLabel(policy.RegimeStatus(policy.Ottawa).Status)),
					),
				)),
				app.TBody().Body(
					app.Range(scen).Slice(func(i int) app.UI {
						s := scen[i]
						return app.Tr().Body(
							app.Th().Scope("row").Text(vw.askedLabel(s.Answers, len(kept) > 1)),
							app.Range(cols).Slice(func(j int) app.UI {
								name, dates, _ := cols[j].header(vw)
								return vw.historyCell(s.Answers, rows[i][cols[j].index], name+", "+dates)
							}),
							app.Td().Class("cell hcell").DataSet("label", ottawa).Body(
								app.A().Href(vw.href(s.Path+"#verdict-ottawa-h")).Body(vw.verdictLine(policy.Ottawa, s.Outcome.Ruling(policy.Ottawa).Verdict, "")),
							),
						)
					}),
				),
			),
		),
	)
}

// historyCell is what one period's policy said about a scenario, linked
// to the outcome as of that period: one verdict, or one per answer of
// the question it turns on ("Persistent: Prohibited").
func (vw view) historyCell(a policy.Answers, row policy.HistoryRow, label string) app.UI {
	p := row.Period
	at := func(a policy.Answers) string {
		s, err := p.Resolve(a)
		if err != nil {
			return ""
		}
		return s.URL()
	}
	var body []app.UI
	if row.Changed {
		body = append(body, app.Span().Class("chg").Text(vw.c().Text("history.changed")))
	}
	switch {
	case row.Verdict != "":
		body = append(body, app.A().Href(vw.href(at(a))).Body(vw.verdictLine(p.US, row.Verdict, "")))
	case row.DependsOn != "":
		for _, sp := range row.Split {
			lead := capitalize(vw.splitLabel(row.DependsOn, sp.Answer))
			body = append(body, app.A().Href(vw.href(at(a.With(row.DependsOn, sp.Answer)))).Body(vw.verdictLine(p.US, sp.Verdict, lead)))
		}
	default:
		body = append(body, app.A().Href(vw.href(at(a))).Text(vw.c().Text("history.open")))
	}
	cls := "cell hcell"
	if row.Changed {
		cls += " changed"
	}
	return app.Td().Class(cls).DataSet("label", label).Body(body...)
}

// verdictLine is a verdict with its symbol, after a lead if any.
func (vw view) verdictLine(reg policy.RegimeID, v policy.Verdict, lead string) app.UI {
	text := vw.c().VerdictLabelOf(reg, v)
	if lead != "" {
		text = lead + ": " + text
	}
	return app.Span().Class("cell-line").Body(verdictIcon(v), app.Text(" "+text))
}
