package components

import (
	"slices"
	"strings"

	"github.com/apl-explorer/explorer/policy"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// foldGroup is a set of devices for which every outcome gives the same
// verdicts, whatever else was answered: a table shows them as one line
// instead of a column that repeats itself.
type foldGroup struct {
	devices  []policy.AnswerID
	verdicts []policy.Verdict // one per regime of the default view
	states   []policy.State   // their outcomes, in the wizard's order
}

// foldDevices splits the devices into those a table must show as columns
// and those it can fold. With history set, a device folds only if every
// U.S. policy through time gives the same verdict too. It is computed
// from the outcomes, never listed by hand.
func (vw view) foldDevices(history bool) (kept []policy.AnswerID, groups []foldGroup) {
	states, _ := policy.AllStates()
	sig := map[policy.AnswerID]string{}
	uniform := map[policy.AnswerID]bool{}
	byDevice := map[policy.AnswerID][]policy.State{}
	for _, s := range states {
		d, ok := s.Answers[policy.Device]
		if !s.Done() || !ok {
			continue
		}
		var b strings.Builder
		for _, reg := range policy.Regimes() {
			b.WriteString(string(s.Outcome.Ruling(reg).Verdict) + ";")
		}
		b.WriteString(string(s.Outcome.Alignment))
		if history {
			for _, r := range policy.History(s.Answers) {
				b.WriteString(";" + string(r.Verdict) + string(r.DependsOn))
			}
		}
		if prev, seen := sig[d]; !seen {
			sig[d], uniform[d] = b.String(), true
		} else if prev != b.String() {
			uniform[d] = false
		}
		byDevice[d] = append(byDevice[d], s)
	}
	at := map[string]int{}
	for _, d := range question(policy.Device).Answers {
		if !uniform[d] {
			kept = append(kept, d)
			continue
		}
		i, ok := at[sig[d]]
		if !ok {
			i = len(groups)
			at[sig[d]] = i
			first := byDevice[d][0].Outcome
			g := foldGroup{}
			for _, reg := range policy.Regimes() {
				g.verdicts = append(g.verdicts, first.Ruling(reg).Verdict)
			}
			groups = append(groups, g)
		}
		groups[i].devices = append(groups[i].devices, d)
		groups[i].states = append(groups[i].states, byDevice[d]...)
	}
	return kept, groups
}

// foldLine says in one sentence what a fold group's outcomes all say.
// With links set, it lists every folded outcome as a link, so none is
// lost from the page.
func (vw view) foldLine(prefix, key string, g foldGroup, links bool) app.UI {
	var names []string
	for _, d := range g.devices {
		names = append(names, vw.c().Text("doing.device."+string(d)))
	}
	var verdicts []string
	if len(slices.Compact(slices.Clone(g.verdicts))) == 1 {
		verdicts = []string{vw.c().VerdictLabel(g.verdicts[0])}
	} else {
		for i, reg := range policy.Regimes() {
			verdicts = append(verdicts, vw.c().VerdictUnder(reg, g.verdicts[i]))
		}
	}
	text := policy.Fill(vw.c().Text(key), map[string]string{"devices": vw.joinAnd(names), "verdicts": strings.Join(verdicts, vw.T("list.semi"))})
	p := app.P().Class("fold-line").Body(app.Text(text))
	if !links {
		return p
	}
	return app.Div().Class("fold").Body(
		p,
		app.P().Class("fold-links").Body(
			app.Text(vw.c().Text("fold.see")+" "),
			app.Range(g.states).Slice(func(i int) app.UI {
				s := g.states[i]
				sep := app.Text("")
				if i > 0 {
					sep = app.Text(" · ")
				}
				return app.Span().Body(sep, vw.link(prefix, prefix+s.Path).Text(vw.askedLabel(s.Answers, true)))
			}),
		),
	)
}

// askedLabel names a set of answers in words: the activity, then the
// other answers ("Stockpile · Military use · Yes, required …"), the
// device left out unless withDevice.
func (vw view) askedLabel(a policy.Answers, withDevice bool) string {
	var parts []string
	for _, x := range a.List() {
		if !withDevice && a[policy.Device] == x {
			continue
		}
		parts = append(parts, vw.c().AnswerLabelIn(x, a))
	}
	return strings.Join(parts, " · ")
}

// joinAnd joins words as a sentence does: "a, b and c".
func (vw view) joinAnd(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return policy.Fill(vw.c().Text("list.and"), map[string]string{"a": strings.Join(words[:len(words)-1], vw.c().Text("list.sep")), "b": words[len(words)-1]})
}
