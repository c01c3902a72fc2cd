package components

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/apl-explorer/explorer/policy"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// AnswerSentence is an outcome's answer in one plain sentence, for its
// heading: one clause per regime, built from the catalog's templates
// (plain.<regime>.<verdict>), the regimes' short names and the answers in
// words. The 2022 policy's clause is in the past tense: it says what that
// text said, never what is allowed today.
func (vw view) AnswerSentence(s policy.State) string {
	if !s.Done() {
		return ""
	}
	doing := vw.doingPhrase(s.Answers)
	regs := s.Period.Regimes()
	first := s.Outcome.Ruling(regs[0]).Verdict
	same := true
	for _, reg := range regs[1:] {
		same = same && s.Outcome.Ruling(reg).Verdict == first
	}
	if t := vw.c().Text("plain.both." + string(first)); same && len(regs) == 2 && t != "" {
		return sentence(policy.Fill(t, map[string]string{
			"doing": doing, "first": vw.c().RegimeShort(regs[0]), "second": vw.c().RegimeShort(regs[1]),
		}))
	}
	var clauses []string
	for i, reg := range regs {
		v := s.Outcome.Ruling(reg).Verdict
		d := doing
		if i > 0 {
			d = vw.c().Text("plain.it")
		}
		t := vw.c().Text("plain." + string(reg) + "." + string(v))
		if t == "" && reg != policy.Ottawa {
			t = vw.c().Text("plain.us." + string(v))
		}
		if t == "" {
			// No sentence for this verdict: say it as a label.
			clauses = append(clauses, vw.c().VerdictUnder(reg, v))
			continue
		}
		clauses = append(clauses, policy.Fill(t, map[string]string{
			"regime": vw.c().RegimeShort(reg), "doing": d, "verdict": vw.c().VerdictLabelOf(reg, v),
		}))
	}
	return sentence(strings.Join(clauses, vw.T("list.semi")))
}

// capitalize capitalises a text's first letter.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// sentence capitalises a text's first letter and ends it with a full stop.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	s = string(unicode.ToUpper(r)) + s[n:]
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

// doingPhrase says what was asked in words: "using anti-personnel mines
// on the Korean Peninsula".
func (vw view) doingPhrase(a policy.Answers) string {
	act := string(a[policy.Activity])
	d := vw.c().Text("doing." + act)
	if d == "" {
		d = strings.ToLower(vw.c().AnswerLabel(a[policy.Activity]))
	}
	if dev, ok := a[policy.Device]; ok {
		phrase := vw.c().Text("doing.device." + string(dev))
		if phrase == "" {
			phrase = strings.ToLower(vw.c().AnswerLabel(dev))
		}
		if strings.Contains(d, "{device}") {
			d = policy.Fill(d, map[string]string{"device": phrase})
		} else {
			d = vw.Tf("doing.with-device", map[string]string{"doing": d, "device": phrase})
		}
	}
	d = strings.ReplaceAll(d, "{device}", vw.c().Text("doing.device.apl"))
	if p, ok := a[policy.Persistence]; ok {
		d = vw.Tf("doing.with-device", map[string]string{"doing": d, "device": vw.T("doing.persistence." + string(p))})
	}
	parts := []string{d}
	if p, ok := a[policy.Purpose]; ok {
		if t := vw.c().Text("doing.purpose." + string(p)); t != "" {
			parts = append(parts, t)
		}
	}
	if c, ok := a[policy.Context]; ok {
		t := vw.c().Text("doing.context." + act + "." + string(c))
		if t == "" {
			t = vw.c().Text("doing.context." + string(c))
		}
		if t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " ")
}

// verdictMeans is what a verdict label means, in one plain sentence.
func (vw view) verdictMeans(v policy.Verdict) string {
	return vw.c().Text("verdict." + string(v) + ".means")
}

// noteTags finds the evidence tags written into a catalog sentence.
var noteTags = regexp.MustCompile(`\s*\[(P|S|D|UNVERIFIED)\]`)

// tagged draws a sentence whose evidence tags ("[S]") are written in its
// text, each as a tag badge with its meaning for screen readers.
func (vw view) tagged(text string) []app.UI {
	var out []app.UI
	last := 0
	for _, m := range noteTags.FindAllStringSubmatchIndex(text, -1) {
		out = append(out, app.Text(text[last:m[0]]+" "), vw.tagBadge(policy.Tag(text[m[2]:m[3]])))
		last = m[1]
	}
	return append(out, app.Text(text[last:]))
}

// sourceRefs lists source keys with the tag of what each supports.
func (vw view) sourceRefs(prefix string, refs []policy.SourceRef) app.UI {
	return app.Span().Class("source-keys").Body(
		app.Range(refs).Slice(func(i int) app.UI {
			sep := app.Text("")
			if i > 0 {
				sep = app.Text(", ")
			}
			return app.Span().Class("source-ref").Body(sep, vw.sourceLinksIn(prefix, []string{refs[i].Key}), app.Text(" "), vw.tagBadge(refs[i].Tag))
		}),
	)
}

// regimeStatus is one regime's status: its name, the status in words and
// the one-sentence note, with the sources and their tags.
func (vw view) regimeStatus(prefix string, reg policy.RegimeID) app.UI {
	info := policy.RegimeStatus(reg)
	return app.P().Class("regime-status status-"+string(info.Status)).Body(
		app.Strong().Text(vw.c().RegimeLabel(reg)+": "+vw.c().StatusLabel(info.Status)+"."),
		app.Text(" "),
		app.Span().Class("status-note").Body(vw.glossed(prefix, vw.c().StatusNote(reg))...),
	)
}

// statusBlock shows every regime's status, then, one tap away, the
// sources of each status with their tags and the tag legend, beside the
// first tags of the page. A page shows it before any verdict.
func (vw view) statusBlock(prefix, id string) app.UI {
	return vw.statusBlockFor(prefix, id, policy.Regimes())
}

// statusBlockFor is statusBlock for the regimes of one period.
func (vw view) statusBlockFor(prefix, id string, regs []policy.RegimeID) app.UI {
	return app.Aside().Class("status-block").Aria("labelledby", id).Body(
		app.H2().ID(id).Class("status-heading visually-hidden").Text(vw.T("status.heading")),
		app.Range(regs).Slice(func(i int) app.UI { return vw.regimeStatus(prefix, regs[i]) }),
		vw.tagLegend(prefix, regs),
	)
}

// statusSources lists the sources of a regime's status with their tags.
func (vw view) statusSources(prefix string, reg policy.RegimeID) app.UI {
	return app.P().Class("status-sources").Body(
		app.Text(vw.c().RegimeLabel(reg)+": "), vw.sourceRefs(prefix, policy.RegimeStatus(reg).Sources), app.Text("."),
	)
}

// tagLegend gives the status's sources and explains the evidence tags,
// where they first appear.
func (vw view) tagLegend(prefix string, regs []policy.RegimeID) app.UI {
	return &disclosure{Class: "tag-legend", Summary: vw.c().Text("tags.legend"), Content: func() []app.UI {
		return []app.UI{
			app.P().Class("status-sources-intro").Text(vw.T("status.sources")),
			app.Range(regs).Slice(func(i int) app.UI { return vw.statusSources(prefix, regs[i]) }),
			app.Dl().Body(
				app.Div().Body(app.Dt().Body(vw.tagBadge(policy.TagPrimary)), app.Dd().Text(vw.T("tag.legend.P"))),
				app.Div().Body(app.Dt().Body(vw.tagBadge(policy.TagSecondary)), app.Dd().Text(vw.T("tag.legend.S"))),
				app.Div().Body(app.Dt().Body(vw.tagBadge(policy.TagDerived)), app.Dd().Text(vw.T("tag.legend.D"))),
				app.Div().Body(app.Dt().Body(vw.tagBadge(policy.TagUnverified)), app.Dd().Text(vw.T("tag.legend.UNVERIFIED"))),
			),
			app.P().Body(vw.link(prefix, "/sources#tags").Text(vw.T("tag.legend.more"))),
		}
	}}
}

// footerStatus is each regime's status in a few words, for the footer.
func (vw view) footerStatus() string {
	var parts []string
	for _, reg := range policy.Regimes() {
		parts = append(parts, policy.Fill(vw.c().Text("status.footer"), map[string]string{
			"name": vw.c().RegimeLabel(reg), "status": vw.c().StatusLabel(policy.RegimeStatus(reg).Status),
		}))
	}
	return strings.Join(parts, " ")
}

// factSheetName names the fact sheet with its date, from the data.
func (vw view) factSheetName() string {
	return vw.Tf("factsheet.name", map[string]string{"date": vw.c().LongDate(policy.RegimeStatus(policy.US2022).AnnouncedOn)})
}

// underPrefix is "Under the 2022 U.S. policy:", from the catalog's
// verdict.under template without its verdict.
func (vw view) underPrefix(reg policy.RegimeID) string {
	t := strings.TrimSpace(policy.Fill(vw.c().Text("verdict.under"), map[string]string{"regime": vw.c().RegimeShort(reg), "verdict": ""}))
	r, n := utf8.DecodeRuneInString(t)
	return string(unicode.ToUpper(r)) + t[n:]
}

// hardWord is a word a 15-year-old may not know: a glossary entry to
// link to at first use (term), or else a plain explanation (catalog key
// plain-word.<plain>) written after it.
type hardWord struct{ word, term, plain string }

// parseJargon reads a catalog's hard words (key "jargon":
// "word=term:glossary-id" or "word=plain:id", separated by "|"), once
// per view (viewIn), not at every text drawn.
func parseJargon(c *policy.Catalog) []hardWord {
	var out []hardWord
	for _, item := range strings.Split(c.Text("jargon"), "|") {
		w, ref, ok := strings.Cut(item, "=")
		if !ok || w == "" {
			continue
		}
		kind, id, _ := strings.Cut(ref, ":")
		e := hardWord{word: w}
		if kind == "term" {
			e.term = id
		} else {
			e.plain = id
		}
		out = append(out, e)
	}
	return out
}

// glossed draws a catalog text with its first hard word linked to the
// glossary or followed by its meaning in plain words, and the evidence
// tags written in it as tag badges.
func (vw view) glossed(prefix, text string) []app.UI {
	at, w, term, plain := len(text), "", "", ""
	jargon := vw.jargon
	if vw.cat == nil {
		jargon = parseJargon(vw.c())
	}
	for _, j := range jargon {
		if i := strings.Index(text, j.word); i >= 0 && i < at {
			at, w, term, plain = i, j.word, j.term, j.plain
		}
	}
	if w == "" {
		return vw.tagged(text)
	}
	var word app.UI
	if term != "" {
		word = vw.link(prefix, "/sources#term-"+term).Class("glossary-link").Text(w)
	} else {
		word = app.Text(vw.Tf("plain-word.with", map[string]string{"word": w, "plain": vw.T("plain-word." + plain)}))
	}
	out := append(vw.tagged(text[:at]), word)
	return append(out, vw.glossed(prefix, text[at+len(w):])...)
}
