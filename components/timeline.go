package components

import (
	"fmt"
	"html"
	"sort"
	"strings"
	"time"

	"github.com/apl-explorer/explorer/policy"
)

// band is one U.S. policy drawn as a band: the periods it governed, with
// the days inside it where its rules changed (a dated rule).
type band struct {
	id       policy.RegimeID
	from, to string   // to is "" while open
	steps    []string // first days of its later periods
}

// policyBands groups the periods by the U.S. policy in force.
func (vw view) policyBands() []band {
	var out []band
	for _, p := range policy.Periods() {
		if n := len(out); n > 0 && out[n-1].id == p.US {
			out[n-1].to = p.To
			out[n-1].steps = append(out[n-1].steps, p.From)
			continue
		}
		out = append(out, band{id: p.US, from: p.From, to: p.To})
	}
	return out
}

// milestones are the Convention's events the drawing marks: every
// timeline event with a short label in the catalog (history.mark.<id>).
func (vw view) milestones() []policy.Event {
	var out []policy.Event
	for _, e := range policy.Timeline() {
		if vw.c().Text("history.mark."+e.ID) != "" {
			out = append(out, e)
		}
	}
	return out
}

// bandName is a policy's short name as a heading: "2004 U.S. policy".
func (vw view) bandName(id policy.RegimeID) string {
	return capitalize(vw.c().RegimeShort(id))
}

// shortDate writes an ISO date briefly: 27 Feb 2004, Jul 2025.
func (vw view) shortDate(iso string) string {
	return vw.c().LongDate(iso)
}

// dayOf reads an ISO date as precise as known (a month counts as its
// first day).
func dayOf(iso string) time.Time {
	for _, f := range []string{time.DateOnly, "2006-01", "2006"} {
		if d, err := time.Parse(f, iso); err == nil {
			return d
		}
	}
	return time.Time{}
}

// wrap breaks a label into lines of at most n characters.
func wrap(s string, n int) []string {
	var lines []string
	cur := ""
	for _, w := range strings.Fields(s) {
		if cur != "" && len(cur)+1+len(w) > n {
			lines = append(lines, cur)
			cur = w
			continue
		}
		if cur != "" {
			cur += " "
		}
		cur += w
	}
	return append(lines, cur)
}

// scale maps days to heights: to scale (perYear pixels a year), but
// stretched wherever a label would run into the one before it in its
// lane, so crowded years stay readable at 320 px.
type scale struct {
	days []time.Time
	ys   []float64
}

// anchor is a day that must be placed: lane -1 holds no label.
type anchor struct {
	day    time.Time
	lane   int
	height float64
}

func newScale(top, perYear float64, anchors []anchor) *scale {
	sort.SliceStable(anchors, func(i, j int) bool { return anchors[i].day.Before(anchors[j].day) })
	s := &scale{}
	bottom := map[int]float64{}
	y := top
	for i, a := range anchors {
		if i > 0 {
			y += perYear * a.day.Sub(anchors[i-1].day).Hours() / (24 * 365.25)
		}
		if a.lane >= 0 {
			if b, ok := bottom[a.lane]; ok && y < b {
				y = b
			}
			bottom[a.lane] = y + a.height
		}
		s.days = append(s.days, a.day)
		s.ys = append(s.ys, y)
	}
	return s
}

// y is the height of a day, interpolated between the anchors.
func (s *scale) y(d time.Time) float64 {
	i := sort.Search(len(s.days), func(i int) bool { return !s.days[i].Before(d) })
	switch {
	case i >= len(s.days):
		return s.ys[len(s.ys)-1]
	case s.days[i].Equal(d) || i == 0:
		// The last anchor of a day, so a label pushed down stays with it.
		for i+1 < len(s.days) && s.days[i+1].Equal(d) {
			i++
		}
		return s.ys[i]
	}
	a, b := s.days[i-1], s.days[i]
	f := d.Sub(a).Hours() / b.Sub(a).Hours()
	return s.ys[i-1] + f*(s.ys[i]-s.ys[i-1])
}

// Sizes of the drawing, in its own units (the viewBox is 320 wide, so one
// unit is about one CSS pixel on a phone).
const (
	tlWidth   = 320
	tlTop     = 14
	tlLine    = 14  // line height of labels
	tlUSX     = 40  // left edge of the U.S. lane
	tlUSW     = 128 // its width
	tlConvX   = 186 // the Convention's line
	tlWrapUS  = 21  // characters a line in a band
	tlWrapEv  = 20  // characters a line beside a milestone
	tlPerYear = 16
)

// timelineSVG draws the U.S. policies as bands beside the Convention's
// milestones, on one vertical time axis. It is an image with a title and
// a description; the ordered list after it states the same facts.
func (vw view) timelineSVG(bands []band, marks []policy.Event, end string) string {
	type label struct {
		y     float64
		lines []string
	}
	var anchors []anchor
	bandText := make([][]string, len(bands))
	for i, b := range bands {
		status := vw.c().StatusLabel(policy.RegimeStatus(b.id).Status)
		bandText[i] = append(wrap(vw.bandName(b.id), tlWrapUS), wrap(status, tlWrapUS)...)
		anchors = append(anchors, anchor{dayOf(b.from), 0, float64(len(bandText[i])*tlLine + 8)})
		for _, st := range b.steps {
			anchors = append(anchors, anchor{dayOf(st), -1, 0})
		}
	}
	markText := make([][]string, len(marks))
	for i, e := range marks {
		markText[i] = append([]string{vw.shortDate(e.Date)}, wrap(vw.c().Text("history.mark."+e.ID), tlWrapEv)...)
		anchors = append(anchors, anchor{dayOf(e.Date), 1, float64(len(markText[i])*tlLine + 6)})
	}
	first := dayOf(marks[0].Date)
	if b := dayOf(bands[0].from); b.Before(first) {
		first = b
	}
	start := time.Date(first.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	stop := dayOf(end)
	anchors = append(anchors, anchor{start, -1, 0}, anchor{stop, 0, 0}, anchor{stop, 1, 0})
	for y := start.Year() + 1; y <= stop.Year(); y++ {
		anchors = append(anchors, anchor{time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), -1, 0})
	}
	sc := newScale(tlTop, tlPerYear, anchors)
	bottom := sc.y(stop) + 24
	var b strings.Builder
	esc := html.EscapeString
	// Right to left, the drawing is mirrored: the axis on the right, the
	// lanes in reading order, text running leftwards from its anchor.
	rtl := vw.lang.Dir == "rtl"
	X := func(x int) int {
		if rtl {
			return tlWidth - x
		}
		return x
	}
	R := func(x, w int) int { // a rectangle's left edge
		if rtl {
			return tlWidth - x - w
		}
		return x
	}
	cls := "timeline-svg"
	if rtl {
		cls += " timeline-rtl"
	}
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="%s" viewBox="0 0 %d %.0f" role="img" aria-labelledby="tl-title tl-desc">`, cls, tlWidth, bottom)
	fmt.Fprintf(&b, `<title id="tl-title">%s</title><desc id="tl-desc">%s</desc>`, esc(vw.c().Text("history.timeline")), esc(vw.timelineDesc(bands, marks)))
	b.WriteString(`<defs><pattern id="tl-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" class="tl-hatch"/></pattern></defs>`)
	// Lane headings and the year axis.
	fmt.Fprintf(&b, `<text class="tl-lane" x="%d" y="10">%s</text><text class="tl-lane" x="%d" y="10">%s</text>`, X(tlUSX), esc(vw.c().Text("history.us-lane")), X(tlConvX-4), esc(vw.c().Text("history.ottawa-lane")))
	for y := start.Year(); y <= stop.Year(); y++ {
		yy := sc.y(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC))
		if y%5 == 0 {
			fmt.Fprintf(&b, `<line class="tl-tick" x1="%d" x2="%d" y1="%.1f" y2="%.1f"/><text class="tl-year" x="%d" y="%.1f">%d</text>`, X(30), X(36), yy, yy, X(0), yy+4, y)
		}
	}
	fmt.Fprintf(&b, `<line class="tl-axis" x1="%d" x2="%d" y1="%d" y2="%.1f"/>`, X(36), X(36), tlTop, bottom-8)
	// The U.S. policies.
	for i, bd := range bands {
		y0 := sc.y(dayOf(bd.from))
		y1 := sc.y(stop)
		if bd.to != "" {
			y1 = sc.y(dayOf(bd.to).AddDate(0, 0, 1))
		}
		status := policy.RegimeStatus(bd.id).Status
		fmt.Fprintf(&b, `<g class="tl-band tl-%s">`, status)
		fmt.Fprintf(&b, `<rect class="tl-band-body" x="%d" y="%.1f" width="%d" height="%.1f"/>`, R(tlUSX, tlUSW), y0, tlUSW, y1-y0)
		fmt.Fprintf(&b, `<rect class="tl-band-mark" x="%d" y="%.1f" width="8" height="%.1f"/>`, R(tlUSX, 8), y0, y1-y0)
		for _, st := range bd.steps {
			ys := sc.y(dayOf(st))
			fmt.Fprintf(&b, `<line class="tl-step" x1="%d" x2="%d" y1="%.1f" y2="%.1f"/>`, X(tlUSX+8), X(tlUSX+tlUSW), ys, ys)
		}
		for j, l := range bandText[i] {
			cls := "tl-band-name"
			if j >= len(wrap(vw.bandName(bd.id), tlWrapUS)) {
				cls = "tl-band-status"
			}
			fmt.Fprintf(&b, `<text class="%s" x="%d" y="%.1f">%s</text>`, cls, X(tlUSX+13), y0+float64(j+1)*tlLine, esc(l))
		}
		b.WriteString(`</g>`)
	}
	// The Convention: adopted, then in force (solid) to the end.
	inForce := sc.y(dayOf(policy.RegimeStatus(policy.Ottawa).InForceFrom))
	fmt.Fprintf(&b, `<line class="tl-conv-before" x1="%d" x2="%d" y1="%.1f" y2="%.1f"/>`, X(tlConvX), X(tlConvX), sc.y(dayOf(policy.RegimeStatus(policy.Ottawa).AnnouncedOn)), inForce)
	fmt.Fprintf(&b, `<line class="tl-conv" x1="%d" x2="%d" y1="%.1f" y2="%.1f"/>`, X(tlConvX), X(tlConvX), inForce, sc.y(stop))
	for i, e := range marks {
		y := sc.y(dayOf(e.Date))
		fmt.Fprintf(&b, `<circle class="tl-mark" cx="%d" cy="%.1f" r="4"/>`, X(tlConvX), y)
		for j, l := range markText[i] {
			cls := "tl-mark-label"
			if j == 0 {
				cls = "tl-mark-date"
			}
			fmt.Fprintf(&b, `<text class="%s" x="%d" y="%.1f">%s</text>`, cls, X(tlConvX+9), y+4+float64(j)*tlLine, esc(l))
		}
	}
	b.WriteString(`</svg>`)
	return b.String()
}

// timelineDesc is the drawing's description: what it shows, dated from
// the data.
func (vw view) timelineDesc(bands []band, marks []policy.Event) string {
	return policy.Fill(vw.c().Text("history.desc"), map[string]string{
		"first":   vw.c().LongDate(bands[0].from),
		"adopted": vw.c().LongDate(marks[0].Date),
	})
}
