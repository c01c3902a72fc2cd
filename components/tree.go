package components

import (
	"fmt"
	"html"
	"strconv"
	"strings"

	"github.com/apl-explorer/explorer/policy"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// treeLine is one row of the drawn decision tree, in depth-first order.
type treeLine struct {
	depth  int
	answer policy.AnswerID // the answer that leads here; "" at the root
	state  policy.State
}

// treeLines flattens the derived decision tree, depth first.
func (vw view) treeLines() []treeLine {
	states, err := policy.AllStates()
	if err != nil {
		return nil
	}
	byPath := map[string]policy.State{}
	for _, s := range states {
		byPath[s.Path] = s
	}
	var out []treeLine
	var walk func(s policy.State, depth int, via policy.AnswerID)
	walk = func(s policy.State, depth int, via policy.AnswerID) {
		out = append(out, treeLine{depth: depth, answer: via, state: s})
		for _, st := range s.Options() {
			walk(byPath[st.Path], depth+1, st.Answer)
		}
	}
	walk(byPath["/ask"], 0, "")
	return out
}

// lineText is what one row of the tree says.
func (vw view) lineText(l treeLine) string {
	var b strings.Builder
	if l.answer != "" {
		b.WriteString(vw.c().AnswerLabel(l.answer) + " → ")
	}
	if l.state.Done() {
		o := l.state.Outcome
		var under []string
		for _, reg := range policy.Regimes() {
			under = append(under, vw.c().VerdictUnder(reg, o.Ruling(reg).Verdict))
		}
		fmt.Fprintf(&b, "%s (%s)", strings.Join(under, vw.T("list.semi")), vw.c().AlignmentLabel(o.Alignment))
	} else {
		b.WriteString(vw.c().QuestionText(l.state.Next))
	}
	return b.String()
}

// treeSVG draws the tree as an indented diagram with connectors. It is an
// image for sighted users; the outline beside it carries the same content
// as text for everyone else.
func (vw view) treeSVG(lines []treeLine) string {
	const rowH, indent, left, top = 24, 22, 8, 16
	width, height := 980, top+len(lines)*rowH
	var b strings.Builder
	// Right to left, the tree is mirrored: it grows leftwards, its text
	// running leftwards from each node.
	rtl := vw.lang.Dir == "rtl"
	X := func(x int) int {
		if rtl {
			return width - x
		}
		return x
	}
	cls := "tree-svg"
	if rtl {
		cls += " tree-rtl"
	}
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="%s" viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-labelledby="tree-title tree-desc">`, cls, width, height, width, height)
	fmt.Fprintf(&b, `<title id="tree-title">%s</title><desc id="tree-desc">%s</desc>`, html.EscapeString(vw.T("tree.title")),
		html.EscapeString(vw.Tf("tree.desc", map[string]string{"steps": strconv.Itoa(len(lines)), "outcomes": strconv.Itoa(vw.countDone(lines))})))
	lastAt := map[int]int{} // depth -> y of the last node drawn at that depth
	for i, l := range lines {
		x, y := left+l.depth*indent, top+i*rowH
		if l.depth > 0 {
			px := left + (l.depth-1)*indent + 4
			py := lastAt[l.depth-1] + 6
			fmt.Fprintf(&b, `<path class="tree-edge" d="M%d %d V%d H%d" fill="none"/>`, X(px), py, y, X(x))
		}
		lastAt[l.depth] = y
		cls := "tree-q"
		if l.state.Done() {
			cls = "tree-leaf alignment-" + string(l.state.Outcome.Alignment)
		}
		fmt.Fprintf(&b, `<circle class="%s" cx="%d" cy="%d" r="4"/>`, cls, X(x+4), y)
		fmt.Fprintf(&b, `<text class="tree-text" x="%d" y="%d">%s</text>`, X(x+12), y+4, html.EscapeString(vw.lineText(l)))
	}
	b.WriteString(`</svg>`)
	return b.String()
}

func (vw view) countDone(lines []treeLine) int {
	n := 0
	for _, l := range lines {
		if l.state.Done() {
			n++
		}
	}
	return n
}

// treeOutline is the tree as nested lists, each outcome a link.
func (vw view) treeOutline(lines []treeLine, prefix string) app.UI {
	var build func(i int) (app.UI, int)
	build = func(i int) (app.UI, int) {
		l := lines[i]
		var head app.UI = app.Span().Text(vw.lineText(l))
		if l.state.Done() {
			head = app.A().Href(vw.href(prefix + l.state.Path)).Text(vw.lineText(l))
		}
		var kids []app.UI
		j := i + 1
		for j < len(lines) && lines[j].depth > l.depth {
			var k app.UI
			k, j = build(j)
			kids = append(kids, k)
		}
		if len(kids) == 0 {
			return app.Li().Body(head), j
		}
		return app.Li().Body(head, app.Ul().Body(kids...)), j
	}
	root, _ := build(0)
	return app.Ul().Class("tree-outline").Body(root)
}

// treeSection draws the decision tree twice: as a diagram and as text.
func (vw view) treeSection(prefix string) app.UI {
	lines := vw.treeLines()
	if len(lines) == 0 {
		return app.Text("")
	}
	return app.Section().Aria("labelledby", "tree-h").Body(
		app.H2().ID("tree-h").Text(vw.T("tree.h")),
		app.P().Class("hint").Text(vw.T("tree.hint")),
		app.Div().Class("tree").Body(
			app.Div().Class("tree-diagram").Role("region").Aria("label", vw.T("tree.diagram")).TabIndex(0).Body(app.Raw(vw.treeSVG(lines))),
			app.Details().Class("tree-text-version").Body(
				app.Summary().Text(vw.T("tree.outline")),
				vw.treeOutline(lines, prefix),
			),
		),
	)
}
