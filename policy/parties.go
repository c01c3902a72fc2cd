package policy

import (
	"regexp"
	"strconv"
)

// claimedParties finds the fact sheet's own count of parties in its quote.
var claimedParties = regexp.MustCompile(`more than ([0-9]+) parties`)

// PartyCount is how many States Parties the Convention had from a date,
// counted by entry into force: a state counts from the day the Convention
// enters into force for it, and stops counting when its withdrawal takes
// effect (docs/SOURCES.md, States Parties).
type PartyCount struct {
	From    string // ISO 8601
	N       int
	Tag     Tag
	Sources []string
	// Note is a catalog key for what the count rests on, "" for none.
	Note string
}

// PartyCounts returns the counts the explorer shows, oldest first.
func PartyCounts() []PartyCount {
	return []PartyCount{
		// Marshall Islands: deposited 12 Mar 2025, in force 1 Sep 2025.
		{From: "2025-09-01", N: 165, Tag: TagSecondary, Sources: []string{"T7"}},
		// Tonga: deposited 25 Jun 2025, in force 1 Dec 2025.
		{From: "2025-12-01", N: 166, Tag: TagSecondary, Sources: []string{"N1", "N2"}},
		// 166 less the five withdrawals (27 Dec 2025 – 20 Feb 2026); no
		// source states 161, and it counts Ukraine.
		{From: "2026-02-20", N: 161, Tag: TagDerived, Sources: []string{"N1", "T8", "T11d", "T13"}, Note: "parties.note.161"},
	}
}

// CurrentPartyCount is the newest count.
func CurrentPartyCount() PartyCount {
	c := PartyCounts()
	return c[len(c)-1]
}

// PartyCountText is one count in words, dated from the data: "166 from
// 1 December 2025".
func (cat *Catalog) PartyCountText(c PartyCount) string {
	return Fill(cat.Text("parties.count"), map[string]string{"n": strconv.Itoa(c.N), "from": cat.LongDate(c.From)})
}

// PartyCountRule says how the explorer counts, and why other counts
// differ.
func (cat *Catalog) PartyCountRule() string {
	deposit := ""
	if e, ok := EventByID("ev-2025-tonga-accession"); ok {
		deposit = cat.LongDate(e.Date)
	}
	withTonga := ""
	if e, ok := EventByID("ev-2025-tonga-in-force"); ok {
		for _, c := range PartyCounts() {
			if c.From == e.Date {
				withTonga = strconv.Itoa(c.N)
			}
		}
	}
	return Fill(cat.Text("parties.rule"), map[string]string{"deposit": deposit, "withtonga": withTonga})
}

// CitationNote is what the explorer adds beside a quoted clause that later
// facts have overtaken, dated and tagged from the data; "" for none.
func (cat *Catalog) CitationNote(id CitationID) (text string, tag Tag, sources []string) {
	if id != "fs-align" {
		return "", "", nil
	}
	since := ""
	if e, ok := EventByID("ev-2025-baltic-withdrawals-effective"); ok {
		since = cat.LongDate(e.Date)
	}
	now := CurrentPartyCount()
	claimed := ""
	if c, ok := CitationByID(id); ok {
		if m := claimedParties.FindStringSubmatch(c.Quote); m != nil {
			claimed = m[1]
		}
	}
	return Fill(cat.Text("cite-note.fs-align"), map[string]string{"since": since, "n": strconv.Itoa(now.N), "claimed": claimed}),
		TagDerived, []string{"T8", "T9", "T11d", "T13", "N1"}
}

// LaterFigure is a newer figure beside one the fact sheet gives.
type LaterFigure struct {
	Cite    CitationID // the fact-sheet figure it updates; the amount is in the catalogs (figure.amount.<cite>)
	AsOf    string     // ISO 8601
	Tag     Tag
	Sources []string
}

// LaterFigures returns the newer figures, by the clause they update.
func LaterFigures() []LaterFigure {
	return []LaterFigure{
		// The 23rd To Walk the Earth in Safety, released 4 Apr 2024
		// (official page read through a mirror).
		{Cite: "fs-aid", AsOf: "2024-04-04", Tag: TagPrimary, Sources: []string{"H1"}},
	}
}

// LaterFigureText is a newer figure in words, dated from the data.
func (cat *Catalog) LaterFigureText(f LaterFigure) string {
	return Fill(cat.Text("figure.later."+string(f.Cite)), map[string]string{"amount": cat.LaterFigureAmount(f), "asof": cat.LongDate(f.AsOf)})
}
