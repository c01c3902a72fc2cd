package policy

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Status says whether a regime's text still governs, as far as the
// sources tell (docs/RULES.md, "Statuses"). A page shows it before any
// verdict of that regime, so a reader never takes what a past text said
// for what is allowed today.
type Status string

// The statuses of docs/RULES.md.
const (
	// StatusAnnounced: in force per its own text; no later change known.
	StatusAnnounced Status = "announced"
	// StatusSuperseded: replaced by a later policy known from primary or
	// well-sourced reports.
	StatusSuperseded Status = "superseded"
	// StatusReportedlySuperseded: its replacement is known only from news
	// reports.
	StatusReportedlySuperseded Status = "reportedly-superseded"
	// StatusReported: the policy itself is known only from news reports.
	StatusReported Status = "reported"
)

// SourceRef is one source key with the tag of the claim it supports.
type SourceRef struct {
	Key string `json:"key"`
	Tag Tag    `json:"tag"`
}

// RegimeInfo is a regime's identity in time: when it was announced, when
// it governed and what became of it, each with its sources.
type RegimeInfo struct {
	ID          RegimeID
	Status      Status
	AnnouncedOn string // ISO 8601
	InForceFrom string // ISO 8601
	// InForceTo is the last day it governed, or the day it reportedly
	// stopped; "" while it is open or the end is unknown.
	InForceTo string
	// EndedBy names the timeline event that ended it (or reportedly did).
	EndedBy string
	Sources []SourceRef
}

// regimeInfos are the regimes' dates and statuses, from docs/SOURCES.md.
var regimeInfos = map[RegimeID]RegimeInfo{
	US2004: {
		ID: US2004, Status: StatusSuperseded,
		AnnouncedOn: "2004-02-27", InForceFrom: "2004-02-27",
		// Replaced in two steps in 2014; see us2014Rules.
		EndedBy: "ev-2014-maputo-announcement",
		Sources: []SourceRef{{"U8a", TagPrimary}, {"U8b", TagPrimary}, {"U8e", TagPrimary}, {"U8d", TagSecondary}},
	},
	US2014: {
		ID: US2014, Status: StatusSuperseded,
		AnnouncedOn: "2014-06-27", InForceFrom: "2014-06-27",
		// Cancelled by the White House on 31 January 2020 (U12b [S]).
		EndedBy: "ev-2020-trump-policy",
		Sources: []SourceRef{{"U10a", TagPrimary}, {"U10b", TagPrimary}, {"U11a", TagPrimary}, {"U11b", TagSecondary}, {"U11c", TagSecondary}},
	},
	US2020: {
		ID: US2020, Status: StatusSuperseded,
		AnnouncedOn: "2020-01-31", InForceFrom: "2020-01-31",
		EndedBy: "ev-2022-biden-policy",
		Sources: []SourceRef{{"U12a", TagSecondary}, {"U12b", TagSecondary}, {"U12c", TagSecondary}, {"U13a", TagPrimary}},
	},
	US2025: {
		ID: US2025, Status: StatusReported,
		// Dated 2 December 2025; first reported on 19–20 December 2025.
		AnnouncedOn: "2025-12-02", InForceFrom: "2025-12-02",
		Sources: []SourceRef{{"U16a", TagSecondary}, {"U16b", TagSecondary}, {"N7", TagSecondary}},
	},
	US2022: {
		ID: US2022, Status: StatusReportedlySuperseded,
		// Announced in the fact sheet and the NSC statement of the same day.
		AnnouncedOn: "2022-06-21", InForceFrom: "2022-06-21",
		// A Defense Department memo dated 2 December 2025, known only
		// from news reports of 19–20 December 2025, reportedly reverses
		// it (docs/SOURCES.md, U.S. timeline).
		InForceTo: "2025-12-02", EndedBy: "ev-2025-hegseth-memo",
		Sources: []SourceRef{{"FS", TagPrimary}, {"U13b", TagPrimary}, {"U16a", TagSecondary}, {"U16b", TagSecondary}},
	},
	Ottawa: {
		ID: Ottawa, Status: StatusAnnounced,
		// Adopted at Oslo (Art. 15); in force 1 March 1999.
		AnnouncedOn: "1997-09-18", InForceFrom: "1999-03-01",
		Sources: []SourceRef{{"T1", TagPrimary}, {"T2", TagSecondary}, {"T3", TagSecondary}},
	},
}

// september2014 is the day the second step of the 2014 policy (use,
// assistance, stockpiles) took over from the 2004 rules: the first day of
// its rules with a From date.
var september2014 = func() string {
	for _, r := range rulesOf(US2014) {
		if r.From != "" {
			return r.From
		}
	}
	return ""
}()

// RegimeStatus returns a regime's dates and status.
func RegimeStatus(id RegimeID) RegimeInfo {
	r := regimeInfo(id)
	r.Sources = append([]SourceRef(nil), r.Sources...)
	return r
}

// regimeInfo is a regime's data with the last day of a superseded
// policy derived: the day before the next policy took over. Only a date
// the next policy's start does not give (the 2022 policy's reported end)
// is written in the data.
func regimeInfo(id RegimeID) RegimeInfo {
	r := regimeInfos[id]
	if r.InForceTo == "" && r.Status == StatusSuperseded {
		if i := slices.Index(usPolicies, id); i >= 0 && i+1 < len(usPolicies) {
			r.InForceTo = prevDay(regimeInfos[usPolicies[i+1]].InForceFrom)
		}
	}
	return r
}

// StatusLabel is a status in plain words ("Reportedly replaced").
func (cat *Catalog) StatusLabel(s Status) string { return cat.Text("status." + string(s)) }

// StatusNote is a regime's status in one plain sentence, with every date
// taken from the data, never typed into the text.
func (cat *Catalog) StatusNote(id RegimeID) string {
	r := regimeInfo(id)
	next := ""
	if r.InForceTo != "" {
		next = cat.LongDate(nextDay(r.InForceTo))
	}
	return Fill(cat.Text("status-note."+string(id)), map[string]string{
		"announced": cat.LongDate(r.AnnouncedOn),
		"from":      cat.LongDate(r.InForceFrom),
		"to":        cat.LongDate(r.InForceTo),
		"next":      next,
		"sept":      cat.LongDate(september2014),
		"newest":    cat.LongDate(NewestSourceDate()),
	})
}

// RegimeName is a regime's name, dated from its data: "the U.S. policy
// of 21 June 2022".
func (cat *Catalog) RegimeName(id RegimeID) string {
	return Fill(cat.Text("regime."+string(id)), map[string]string{"announced": cat.LongDate(regimeInfos[id].AnnouncedOn)})
}

// RegimeShort is a regime's short name for verdict lines: "the 2022
// policy", "the Convention".
func (cat *Catalog) RegimeShort(id RegimeID) string {
	return Fill(cat.Text("regime."+string(id)+".short"), map[string]string{"year": yearOf(regimeInfos[id].AnnouncedOn)})
}

// VerdictUnder is a verdict as what a regime's text says, never as what
// is allowed today: "Under the 2022 policy: Prohibited".
func (cat *Catalog) VerdictUnder(id RegimeID, v Verdict) string {
	return Fill(cat.Text("verdict.under"), map[string]string{"regime": cat.RegimeShort(id), "verdict": cat.VerdictLabelOf(id, v)})
}

// VerdictLabelOf is a verdict's label as a regime gives it: a policy known
// only from news reports says so in the label.
func (cat *Catalog) VerdictLabelOf(id RegimeID, v Verdict) string {
	if regimeInfos[id].Status == StatusReported && v != Unknown {
		return Fill(cat.Text("verdict.reported"), map[string]string{"verdict": cat.VerdictLabel(v)})
	}
	return cat.VerdictLabel(v)
}

// NewestSourceDate is the date of the newest verified dated fact the
// explorer holds: "no replacement policy found as of" this day. It is
// computed from the timeline, so it moves when a newer fact is added.
func NewestSourceDate() string { return newestSourceDate() }

// newestSourceDate walks the timeline once; every status note reads it.
var newestSourceDate = sync.OnceValue(func() string {
	newest := ""
	list, _ := timelineIndex()
	for _, e := range list {
		if e.Tag == TagUnverified || len(e.Date) != len(time.DateOnly) {
			continue
		}
		if e.Date > newest {
			newest = e.Date
		}
	}
	return newest
})

// Fill replaces {name} placeholders in a catalog text with values.
func Fill(text string, values map[string]string) string {
	if !strings.Contains(text, "{") {
		return text
	}
	// One pass, leftmost first, as strings.Replacer would, without
	// building a replacer at every text drawn.
	var b strings.Builder
	b.Grow(len(text))
	for {
		i := strings.IndexByte(text, '{')
		if i < 0 {
			break
		}
		j := strings.IndexByte(text[i:], '}')
		if j < 0 {
			break
		}
		if v, ok := values[text[i+1:i+j]]; ok {
			b.WriteString(text[:i])
			b.WriteString(v)
			text = text[i+j+1:]
			continue
		}
		b.WriteString(text[:i+1])
		text = text[i+1:]
	}
	b.WriteString(text)
	return b.String()
}

// LongDate writes an ISO date the way the pages do: 21 June 2022. A month
// or a year alone is written as such; anything else is returned as given.
//
// The order and the month names come from the catalog (date.long,
// date.month, month.01 …), so each language writes dates its own way.
func (cat *Catalog) LongDate(iso string) string {
	for _, f := range []struct{ in, key string }{{time.DateOnly, "date.long"}, {"2006-01", "date.month"}} {
		if d, err := time.Parse(f.in, iso); err == nil {
			m := int(d.Month())
			day := strconv.Itoa(d.Day())
			if t := cat.Text("date.day-one"); d.Day() == 1 && t != "" {
				day = t // French writes the first of the month "1er"
			}
			return cat.T(f.key, map[string]string{
				"day": day, "year": strconv.Itoa(d.Year()),
				// A month in a date, and a month on its own, which some
				// languages write differently (genitive and nominative).
				"month": cat.Text(fmt.Sprintf("month.%02d", m)), "month-alone": cat.Text(fmt.Sprintf("month-alone.%02d", m)),
			})
		}
	}
	return iso
}

// yearOf is the year of an ISO date.
func yearOf(iso string) string {
	if len(iso) >= 4 {
		return iso[:4]
	}
	return iso
}

// RegimeView is a regime's name and status as exported (JSON `regimes`,
// keyed by regime id).
type RegimeView struct {
	Label       string      `json:"label"`
	About       string      `json:"about"`
	Status      Status      `json:"status"`
	StatusLabel string      `json:"status_label"`
	AnnouncedOn string      `json:"announced_on"`
	InForceFrom string      `json:"in_force_from"`
	InForceTo   *string     `json:"in_force_to"`
	StatusNote  string      `json:"status_note"`
	Sources     []SourceRef `json:"sources"`
}

// ViewRegimes returns every regime's name and status, keyed by id.
func (cat *Catalog) ViewRegimes() map[RegimeID]RegimeView {
	out := map[RegimeID]RegimeView{}
	for _, id := range AllRegimes() {
		r := RegimeStatus(id)
		v := RegimeView{
			Label: cat.RegimeName(id), About: cat.RegimeAbout(id), Status: r.Status, StatusLabel: cat.StatusLabel(r.Status),
			AnnouncedOn: r.AnnouncedOn, InForceFrom: r.InForceFrom, StatusNote: cat.StatusNote(id), Sources: r.Sources,
		}
		if r.InForceTo != "" {
			to := r.InForceTo
			v.InForceTo = &to
		}
		out[id] = v
	}
	return out
}
