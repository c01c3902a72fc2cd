package components

import (
	"errors"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/apl-explorer/explorer/policy"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// EmbedPrefix starts the paths of the chrome-less wizard shown in other
// sites' iframes.
const EmbedPrefix = "/embed"

// Wizard draws every /ask path: the next question, the outcome, or a page
// that names what is wrong with the link. The path is the whole state:
// answers live in the URL only.
type Wizard struct {
	app.Compo
	// Target is the address of the link the reader just followed to this
	// step, set by the route in the browser (Register, followed): the step
	// is drawn from it at once, in the click's own task, instead of at
	// go-app's next frame after the navigation event.
	Target string
	// drawn is the path OnUpdate drew, which OnNav need not draw again.
	drawn string
	vw    view
	// Set by load, once per navigation; Render only reads them.
	path  string // the escaped path, embed prefix included
	embed string // EmbedPrefix or ""
	state policy.State
	err   error
}

func (w *Wizard) OnPreRender(ctx app.Context) {
	w.read(viewFor(ctx))
	w.settle(ctx)
}

// OnUpdate draws the step a followed link leads to: go-app calls it, then
// draws, while it routes the click, before the navigation event.
func (w *Wizard) OnUpdate(ctx app.Context) {
	u, err := url.Parse(w.Target)
	if w.Target == "" || err != nil {
		return
	}
	w.read(viewAt(u.EscapedPath()))
	w.drawn = w.path
}

// OnNav reads the step from the address, unless OnUpdate has just read
// and drawn it (the path is parsed once per step either way).
func (w *Wizard) OnNav(ctx app.Context) {
	vw := viewFor(ctx)
	drawn := w.drawn != "" && w.drawn == vw.path
	w.drawn = ""
	if !drawn {
		w.read(vw)
	}
	if !w.settle(ctx) && drawn {
		ctx.PreventUpdate() // OnUpdate drew this step already
	}
	focusHeading(ctx)
	ctx.Defer(func(app.Context) { notifyHost(w.path) })
}

// read takes the step from a page's view: its path below the language
// prefix ("/fr/ask/use" is "/ask/use" in French), parsed once; Render only
// reads the result.
func (w *Wizard) read(vw view) {
	w.vw = vw
	w.setPath(vw.path)
}

// settle titles the page and, in the browser, replaces a non-canonical
// URL by its canonical form as the server's redirect would. It reports
// whether that changed the path drawn.
func (w *Wizard) settle(ctx app.Context) bool {
	vw, embed, s, err := w.vw, w.embed, w.state, w.err
	setTitle(ctx, vw, w.title())
	if err != nil || s.URL() == w.path[len(embed):] || !app.IsClient {
		return false
	}
	c := *ctx.Page().URL()
	c.Path = vw.href(embed + s.URL())
	c.RawPath = ""
	ctx.Page().ReplaceURL(&c)
	w.path = embed + s.URL()
	return true
}

// title names the step: the question, the outcome's answers, or the
// bad link.
func (w *Wizard) title() string {
	vw, s := w.vw, w.state
	switch {
	case w.err != nil:
		return vw.T("wizard.bad.title")
	case s.Done():
		return vw.Tf("wizard.outcome.title", map[string]string{"answers": vw.answersSummary(s)})
	}
	return vw.c().QuestionTextIn(s.Next, s.Answers)
}

// setPath reads a wizard path.
func (w *Wizard) setPath(path string) {
	w.path = path
	embed, p := splitEmbed(path)
	w.embed = embed
	w.state, w.err = policy.ParseURL(p, today())
}

// today is the date in the browser or on the server, for as-of links
// (a date after it has no answer yet).
func today() string { return time.Now().UTC().Format(time.DateOnly) }

// splitEmbed separates the embed prefix from a wizard path.
func splitEmbed(p string) (prefix, rest string) {
	if strings.HasPrefix(p, EmbedPrefix+"/ask") {
		return EmbedPrefix, strings.TrimPrefix(p, EmbedPrefix)
	}
	return "", p
}

func (w *Wizard) Render() app.UI {
	vw := w.vw
	embed, s, err := w.embed, w.state, w.err
	if s.Period == nil && err == nil {
		// go-app renders once on mounting, before OnPreRender or OnNav
		// has read the path; it renders again after.
		return vw.page("/ask")
	}
	_, p := splitEmbed(w.path)
	var body []app.UI
	switch {
	case err != nil:
		body = vw.badLink(p, err)
	case s.Done():
		body = vw.outcomeView(s, embed)
	default:
		body = vw.questionView(s, embed)
	}
	if embed != "" {
		return vw.embedFrame(p, body...)
	}
	return vw.page("/ask", body...)
}

// questionView follows the GOV.UK question page: one question, the
// question as the h1 inside the fieldset's legend, answers as links so the
// page works before the app loads and without JavaScript.
func (vw view) questionView(s policy.State, prefix string) []app.UI {
	q := vw.c().ViewQuestion(s.Next, &s)
	return []app.UI{
		vw.backLink(s, prefix),
		app.Div().Class("question-page").Body(
			app.FieldSet().Class("question").Aria("describedby", "question-hint").Body(
				app.Legend().Body(
					app.Span().Class("caption").Text(vw.Tf("wizard.question", map[string]string{"n": strconv.Itoa(s.Progress())})),
					heading(q.Question),
				),
				vw.asOfNote(s, prefix),
				app.P().Class("hint").ID("question-hint").Body(vw.glossed(prefix, q.Hint)...),
				app.Ul().Class("options").Body(
					app.Range(q.Options).Slice(func(i int) app.UI {
						o := q.Options[i]
						return app.Li().Body(
							app.A().Class("option").Href(vw.href(prefix+o.Path)).Aria("describedby", "hint-"+string(o.ID)).Body(
								app.Span().Class("option-label").Text(o.Label),
							),
							app.P().Class("option-hint").ID("hint-"+string(o.ID)).Body(vw.glossed(prefix, o.Hint)...),
						)
					}),
				),
			),
		),
		vw.statusBlockFor(prefix, "status-h", s.Period.Regimes()),
		vw.yourAnswers(s, prefix),
	}
}

// backLink goes to the previous step, or home from the first question.
func (vw view) backLink(s policy.State, prefix string) app.UI {
	back := s.Back()
	if back == "" {
		if prefix != "" {
			return app.Text("")
		}
		back = "/"
	}
	return app.A().Class("back-link").Href(vw.href(prefix + back)).Text(vw.T("wizard.back"))
}

// yourAnswers lists the answers so far, each with a Change link.
func (vw view) yourAnswers(s policy.State, prefix string) app.UI {
	list := s.Answers.List()
	if len(list) == 0 {
		return app.Text("")
	}
	return app.Section().Class("your-answers").Aria("labelledby", "answers-h").Body(
		app.H2().ID("answers-h").Text(vw.T("wizard.answers")),
		app.Dl().Class("summary-list").Body(
			app.Range(list).Slice(func(i int) app.UI {
				q, _ := policy.QuestionOf(list[i])
				return app.Div().Class("summary-row").Body(
					app.Dt().Text(vw.c().QuestionTextIn(q, s.Answers)),
					app.Dd().Text(vw.c().AnswerLabelIn(list[i], s.Answers)),
					app.Dd().Class("summary-action").Body(
						app.A().Href(vw.href(prefix+s.Change(q))).Body(
							app.Text(vw.T("wizard.change")),
							app.Span().Class("visually-hidden").Text(" "+strings.ToLower(vw.c().QuestionTextIn(q, s.Answers))),
						),
					),
				)
			}),
		),
		app.P().Body(app.A().Class("start-again").Href(vw.href(prefix+s.Period.Prefix()+"/ask")).Text(vw.T("wizard.start-again"))),
	)
}

// answersSummary names the answers in words, for titles and headings.
func (vw view) answersSummary(s policy.State) string {
	var parts []string
	for _, a := range s.Answers.List() {
		parts = append(parts, vw.c().AnswerLabelIn(a, s.Answers))
	}
	return strings.Join(parts, " · ")
}

// badLink names the bad part of a wizard link and links to the nearest
// valid step, so nothing the user chose is lost.
func (vw view) badLink(p string, err error) []app.UI {
	var ie *policy.InputError
	errors.As(err, &ie)
	nearest := "/ask"
	var detail []app.UI
	if ie != nil {
		nearest = ie.Nearest
		detail = append(detail, app.P().Class("error-detail").Text(vw.problemText(ie)))
		if ie.Suggest != "" {
			detail = append(detail, app.P().Text(vw.Tf("wizard.problem.suggest", map[string]string{"id": vw.q(string(ie.Suggest)), "label": vw.c().AnswerLabel(ie.Suggest)})))
		}
		if len(ie.Valid) > 0 && ie.Problem == policy.ProblemConflict {
			detail = append(detail, app.P().Text(vw.Tf("wizard.problem.give-one", map[string]string{"answers": vw.labels(ie.Valid)})))
		}
	}
	ns, _ := policy.ParseURL(nearest, today())
	what := vw.T("wizard.continue.first")
	if len(ns.Answers) > 0 {
		what = vw.Tf("wizard.continue.answers", map[string]string{"answers": vw.answersSummary(ns)})
	}
	return []app.UI{
		app.Div().Class("error-summary").Role("alert").Body(
			heading(vw.T("wizard.bad.title")),
			app.P().Body(vw.fill("wizard.bad.address", map[string]app.UI{"address": app.Code().Text(shorten(p))})...),
			app.Div().Body(detail...),
		),
		app.P().Body(
			app.A().Class("button").Href(vw.href(nearest)).Text(vw.Tf("wizard.continue", map[string]string{"what": what})),
		),
		app.P().Body(app.A().Href(vw.href("/ask")).Text(vw.T("wizard.start-again"))),
	}
}

// problemText says in plain words what is wrong.
func (vw view) problemText(e *policy.InputError) string {
	switch e.Problem {
	case policy.ProblemUnknown:
		return vw.Tf("wizard.problem.unknown", map[string]string{"value": vw.q(shorten(unescape(e.Value)))})
	case policy.ProblemConflict:
		return vw.Tf("wizard.problem.conflict", map[string]string{"a": vw.q(vw.c().AnswerLabel(policy.AnswerID(e.Value))), "b": vw.q(vw.c().AnswerLabel(e.Other)), "question": vw.q(vw.c().QuestionText(e.Question))})
	case policy.ProblemDuplicate:
		return vw.Tf("wizard.problem.duplicate", map[string]string{"value": vw.q(vw.c().AnswerLabel(policy.AnswerID(e.Value)))})
	case policy.ProblemEmpty:
		return vw.T("wizard.problem.empty")
	case policy.ProblemTrailing:
		return vw.T("wizard.problem.trailing")
	case policy.ProblemTooLong:
		return vw.T("wizard.problem.too-long")
	case policy.ProblemDate:
		return vw.Tf("wizard.problem.date."+e.Date.Reason, map[string]string{"value": vw.q(e.Date.Value), "first": vw.c().LongDate(policy.Earliest()), "today": vw.c().LongDate(e.Date.Today)})
	}
	return vw.T("wizard.problem.not-wizard")
}

func (vw view) labels(ids []policy.AnswerID) string {
	var out []string
	for _, a := range ids {
		out = append(out, vw.c().AnswerLabel(a))
	}
	return strings.Join(out, ", ")
}

func unescape(s string) string {
	if u, err := url.PathUnescape(s); err == nil {
		return u
	}
	return s
}

func shorten(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}
