package policy

import (
	"maps"
	"slices"
	"strings"
)

// Event is one dated entry of the timeline of U.S. policy and the
// Convention, 1992–2026.
type Event struct {
	ID      string   // "ev-1992-export-moratorium", unique, URL-safe
	Date    string   // ISO 8601 as precise as known: "1992-10-23", "1996-01", "2017"
	Until   string   // ISO 8601, the last day of a span ("3–4 Dec 1997"), "" for one date
	Approx  string   // "about" or "after" when Date is approximate, "" if not
	Subject string   // "us" or "convention"
	Quote   string   // an exact quote as the brief gives it, "" if none
	Tag     Tag      // the weakest tag that applies to the event
	Sources []string // source keys
	// Data holds the dates (ISO 8601; "--06-04" for a day and month) and
	// counts that the texts' {placeholders} show, beside {date} and {year}
	// (the event's Date). The texts are in the catalogs: its title,
	// summary (which says "unverified" where the event is UNVERIFIED) and,
	// with a Quote, who is quoted (event.<id>.title, .summary, .quote-by).
	Data map[string]string
}

// The subjects of a timeline event.
const (
	subjectUS         = "us"
	subjectConvention = "convention"
)

// Timeline returns the events sorted by Date (oldest first; an event known
// only to the month or year sorts as its first day). The slice is the
// caller's own.
func Timeline() []Event {
	list, _ := timelineIndex()
	return copies(list)
}

func (e Event) copied() Event {
	e.Sources = slices.Clone(e.Sources)
	e.Data = maps.Clone(e.Data)
	return e
}

// timelineIndex is the sorted timeline and its index by id, built once:
// status notes and dated texts look events up on every render.
var timelineIndex = indexOnce(timelineList, func(e Event) string { return e.ID })

// timelineList is the timeline as data, sorted by date.
func timelineList() []Event {
	events := []Event{
		{
			ID: "ev-1992-export-moratorium", Date: "1992-10-23", Subject: subjectUS,
			Tag: TagPrimary, Sources: []string{"U1", "U2"},
		},
		{
			ID: "ev-1994-unga-control-regime", Date: "1994-09-26", Subject: subjectUS,
			Tag: TagPrimary, Sources: []string{"U2"},
		},
		{
			ID: "ev-1996-leahy-evans", Date: "1996-01", Subject: subjectUS,
			Tag: TagUnverified, Sources: []string{"U2b"},
		},
		{
			ID: "ev-1996-clinton-policy", Date: "1996-05-16", Subject: subjectUS,
			Data: map[string]string{"protocol-adopted": "1996-05-03"},
			// The Claymore part rests on secondary sources (U4, C4): the
			// event's tag is the weakest of its claims.
			Tag: TagSecondary, Sources: []string{"U3", "U5", "U4", "C4"},
		},
		{
			ID: "ev-1997-export-ban-stockpile-cap", Date: "1997-01-17", Subject: subjectUS,
			Quote: "Our children deserve to walk the earth in safety",
			Tag:   TagPrimary, Sources: []string{"U5"},
		},
		{
			ID: "ev-1997-us-declines-to-sign", Date: "1997-09-17", Subject: subjectUS,
			Quote: "the Cold War's last frontier",
			Tag:   TagSecondary, Sources: []string{"U6", "K1", "U6b", "U6c", "U6d"},
		},
		{
			ID: "ev-1997-convention-adopted", Date: "1997-09-18", Subject: subjectConvention,
			Tag: TagPrimary, Sources: []string{"T1", "T2"},
		},
		{
			ID: "ev-1997-opened-for-signature", Date: "1997-12-03", Until: "1997-12-04", Subject: subjectConvention,
			Data: map[string]string{"first-day": "3", "last-day": "1997-12-04", "new-york": "1997-12-05"},
			Tag:  TagPrimary, Sources: []string{"T1"},
		},
		{
			ID: "ev-1998-presidential-directive", Date: "1998-05", Subject: subjectUS,
			Data: map[string]string{"end-use": "2003", "sign": "2006"},
			Tag:  TagSecondary, Sources: []string{"U7"},
		},
		{
			ID: "ev-1998-40th-ratification", Date: "1998-09", Subject: subjectConvention,
			Tag: TagSecondary, Sources: []string{"T3"},
		},
		{
			ID: "ev-1999-entry-into-force", Date: "1999-03-01", Subject: subjectConvention,
			Data: map[string]string{"typo": "2009"},
			Tag:  TagSecondary, Sources: []string{"T2", "T3", "T4"},
		},
		{
			ID: "ev-1999-ccw-amended-protocol-ii", Date: "1999-05-24", Subject: subjectUS,
			Tag: TagSecondary, Sources: []string{"U17", "U8c"},
		},
		{
			ID: "ev-2004-bush-policy", Date: "2004-02-27", Subject: subjectUS,
			Data: map[string]string{"persistent-end": "2010"},
			Tag:  TagPrimary, Sources: []string{"U8a", "U8b", "U8e"},
		},
		{
			ID: "ev-2007-export-moratorium-extended", Date: "2007-12", Subject: subjectUS,
			Data: map[string]string{"until": "2014", "barred-since": "1992-10-23"},
			Tag:  TagSecondary, Sources: []string{"U9"},
		},
		{
			ID: "ev-2012-poland-ratifies", Date: "2012-12-27", Subject: subjectConvention,
			Tag: TagSecondary, Sources: []string{"T13b"},
		},
		{
			ID: "ev-2014-maputo-announcement", Date: "2014-06-27", Subject: subjectUS,
			Tag: TagPrimary, Sources: []string{"U10a", "U10b"},
		},
		{
			ID: "ev-2014-obama-policy", Date: "2014-09-23", Subject: subjectUS,
			// U11a is read only as cited in the Law of War Manual, through a
			// mirror; the entry also rests on U11b and U11c [S].
			Tag: TagSecondary, Sources: []string{"U11a", "U11b", "U11c"},
		},
		{
			ID: "ev-2017-162-states-parties", Date: "2017", Subject: subjectConvention,
			Data: map[string]string{"n": "162"},
			Tag:  TagSecondary, Sources: []string{"T18"},
		},
		{
			ID: "ev-2018-164-states-parties", Date: "2018", Until: "2022", Subject: subjectConvention,
			Data: map[string]string{"n": "164", "next-report": "2019", "nsc": "2022-12"},
			Tag:  TagSecondary, Sources: []string{"T18", "U14"},
		},
		{
			ID: "ev-2020-trump-policy", Date: "2020-01-31", Subject: subjectUS,
			Data:  map[string]string{"cancelled": "2014", "meeting": "2022"},
			Quote: "under the authority of U.S. Combatant Commanders",
			Tag:   TagSecondary, Sources: []string{"U12a", "U12b", "U12c", "U13a"},
		},
		{
			ID: "ev-2022-biden-policy", Date: "2022-06-21", Subject: subjectUS,
			Data: map[string]string{"review-began": "2021-04"},
			Tag:  TagPrimary, Sources: []string{"U13a", "U13b"},
		},
		{
			ID: "ev-2022-nsc-progress", Date: "2022-12-02", Subject: subjectUS,
			Data:  map[string]string{"countries": "100"},
			Quote: "over $4.7 billion",
			Tag:   TagPrimary, Sources: []string{"U14"},
		},
		{
			ID: "ev-2024-ukraine-apl", Date: "2024-11-20", Subject: subjectUS,
			Quote: "within two weeks",
			Tag:   TagSecondary, Sources: []string{"U15a", "U15b", "U15c"},
		},
		{
			ID: "ev-2025-marshall-islands", Date: "2025-03-12", Subject: subjectConvention,
			Data: map[string]string{"in-force": "2025-09-01"},
			Tag:  TagSecondary, Sources: []string{"T7"},
		},
		{
			ID: "ev-2025-baltic-poland-recommendation", Date: "2025-03-18", Subject: subjectConvention,
			Tag: TagSecondary, Sources: []string{"T10"},
		},
		{
			ID: "ev-2025-finland-announces", Date: "2025-04-01", Approx: "about", Subject: subjectConvention,
			Tag: TagSecondary, Sources: []string{"T11c"},
		},
		{
			ID: "ev-2025-baltic-notifications", Date: "2025-06-27", Subject: subjectConvention,
			Data: map[string]string{"latvia-law": "2025-04-24", "estonia-parliament": "--06-04", "estonia-president": "--06-13"},
			Tag:  TagSecondary, Sources: []string{"T9", "T8", "T9b", "T9c", "T17c", "T11a"},
		},
		{
			ID: "ev-2025-ukraine-suspension", Date: "2025-07", Subject: subjectConvention,
			Data: map[string]string{"decree": "2025-06-29", "law": "--07-15", "notified-day": "17", "notified": "--07-18"},
			Tag:  TagSecondary, Sources: []string{"T14", "T15", "T16", "T16b", "T17", "T17b"},
		},
		{
			ID: "ev-2025-finland-notification", Date: "2025-07-10", Subject: subjectConvention,
			Data: map[string]string{"parliament": "2025-06"},
			Tag:  TagSecondary, Sources: []string{"T11a", "T11b", "T11d", "T11e"},
		},
		{
			ID: "ev-2025-poland-notification", Date: "2025-08-20", Subject: subjectConvention,
			Data: map[string]string{"sejm": "2025-06", "signed": "2025-07"},
			Tag:  TagSecondary, Sources: []string{"T12", "T12b", "T12c"},
		},
		{
			ID: "ev-2025-tonga-accession", Date: "2025-06-25", Subject: subjectConvention,
			Data: map[string]string{"matangi": "--06-26"},
			Tag:  TagSecondary, Sources: []string{"N1"},
		},
		{
			ID: "ev-2025-hegseth-memo", Date: "2025-12-02", Subject: subjectUS,
			Data:  map[string]string{"reported-day": "19", "reported": "2025-12-20"},
			Quote: "inoperable or unsafe",
			Tag:   TagSecondary, Sources: []string{"U16a", "U16b"},
		},
		{
			ID: "ev-2025-22msp", Date: "2025-12-01", Until: "2025-12-05", Subject: subjectConvention,
			Quote: "The Convention does not allow the suspension of its operation and consequently its obligations",
			Tag:   TagSecondary, Sources: []string{"N4", "N3"},
		},
		{
			ID: "ev-2025-tonga-in-force", Date: "2025-12-01", Subject: subjectConvention,
			Tag: TagSecondary, Sources: []string{"N1"},
		},
		{
			ID: "ev-2025-baltic-withdrawals-effective", Date: "2025-12-27", Subject: subjectConvention,
			Tag: TagSecondary, Sources: []string{"T8", "T9", "T9-alt"},
		},
		{
			ID: "ev-2026-finland-withdrawal-effective", Date: "2026-01-10", Subject: subjectConvention,
			Tag: TagSecondary, Sources: []string{"T11d"},
		},
		{
			ID: "ev-2026-poland-withdrawal-effective", Date: "2026-02-20", Subject: subjectConvention,
			Tag: TagSecondary, Sources: []string{"T13"},
		},
		{
			ID: "ev-2026-dod-review-outcome", Date: "2026-03", Approx: "after", Subject: subjectUS,
			Data: map[string]string{"memo": "2025-12"},
			Tag:  TagUnverified, Sources: []string{"U16a", "U16b"},
		},
	}
	slices.SortStableFunc(events, func(a, b Event) int { return strings.Compare(a.Date, b.Date) })
	return events
}

// EventByID returns one timeline event.
func EventByID(id string) (Event, bool) { return lookup(timelineIndex, id) }
