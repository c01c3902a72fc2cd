package policy

// Term is one glossary entry. Definitions are the project's own words, tagged
// and sourced like every other statement, and may point at the articles or
// fact-sheet clauses where the term matters.
type Term struct {
	ID      string       // "anti-personnel-mine", unique, URL-safe
	Tag     Tag          // the weakest tag that applies to the definition
	Sources []string     // source keys
	Cites   []CitationID // related art-… or fs-… ids, may be empty
	// Data holds the dates (ISO 8601) and counts that the texts'
	// {placeholders} show. The texts are in the catalogs: the term as
	// shown and its definition in plain words (glossary.<id>.term,
	// glossary.<id>.definition).
	Data map[string]string
}

// Glossary returns the terms in the alphabetical order of their English
// terms (ignoring case). The
// slice is built on every call, so callers may modify it freely.
func Glossary() []Term {
	return []Term{
		{
			ID:      "anti-handling-device",
			Tag:     TagPrimary,
			Sources: []string{"T1", "C5"},
			Cites:   []CitationID{"art-2-3", "art-2-1"},
		},
		{
			ID:      "anti-personnel-mine",
			Tag:     TagPrimary,
			Sources: []string{"T1", "C5"},
			Cites:   []CitationID{"art-2-1", "art-1-1-a", "art-1-1-b", "fs-use"},
		},
		{
			ID:      "anti-vehicle-mine",
			Tag:     TagPrimary,
			Sources: []string{"T1"},
			Cites:   []CitationID{"art-2-1", "art-2-2", "art-2-3"},
		},
		{
			ID:      "ccw-amended-protocol-ii",
			Data:    map[string]string{"adopted": "1996-05-03", "ratified": "1999-05-24"},
			Tag:     TagSecondary,
			Sources: []string{"C5", "U3", "U17", "U8c", "T1"},
			Cites:   []CitationID{"art-5", "art-2-1"},
		},
		{
			ID:      "command-detonated",
			Tag:     TagSecondary,
			Sources: []string{"T1", "C2", "C3", "C1"},
			Cites:   []CitationID{"art-2-1"},
		},
		{
			ID:      "korean-peninsula-exception",
			Data:    map[string]string{"obama": "2014", "biden": "2022", "unique": "1997"},
			Tag:     TagPrimary,
			Sources: []string{"U3", "U11a", "U13a", "U13b", "K1"},
			Cites:   []CitationID{"fs-korea", "fs-use", "fs-assist", "fs-destroy", "art-1-1-a"},
		},
		{
			ID:      "mine",
			Tag:     TagPrimary,
			Sources: []string{"T1"},
			Cites:   []CitationID{"art-2-2"},
		},
		{
			ID:      "mine-action",
			Data:    map[string]string{"fact-sheet": "2022-06", "program": "1993", "countries": "100", "later": "2024-04"},
			Tag:     TagPrimary,
			Sources: []string{"T1", "U13b", "H1", "H2"},
			Cites:   []CitationID{"art-5", "art-6", "fs-mine-action"},
		},
		{
			ID:      "mined-area",
			Tag:     TagPrimary,
			Sources: []string{"T1"},
			Cites:   []CitationID{"art-2-5", "art-5"},
		},
		{
			ID:      "non-persistent-mine",
			Data:    map[string]string{"bush": "2004", "ukraine": "2024"},
			Tag:     TagSecondary,
			Sources: []string{"U8a", "U12a", "U12b", "U15c"},
			Cites:   []CitationID{"art-2-1"},
		},
		{
			ID:      "ottawa-convention",
			Data:    map[string]string{"adopted": "1997-09-18", "in-force": "1999-03-01"},
			Tag:     TagSecondary,
			Sources: []string{"T1", "T2", "T3", "T4"},
			Cites:   []CitationID{"art-15", "art-17", "fs-align"},
		},
		{
			ID:      "persistent-mine",
			Data:    map[string]string{"persistent-end": "2010"},
			Tag:     TagPrimary,
			Sources: []string{"U8a", "U8b", "U8e"},
			Cites:   nil,
		},
		{
			ID:      "sensitive-anti-vehicle-mine",
			Tag:     TagSecondary,
			Sources: []string{"C1"},
			Cites:   []CitationID{"art-2-1", "art-2-3"},
		},
		{
			ID:      "states-parties",
			Data:    map[string]string{"in-force": "1999"},
			Tag:     TagSecondary,
			Sources: []string{"T1", "T3", "T7", "T8", "T11d", "T13"},
			Cites:   []CitationID{"art-17", "art-20"},
		},
		{
			ID:      "stockpile",
			Tag:     TagPrimary,
			Sources: []string{"T1"},
			Cites:   []CitationID{"art-1-1-b", "art-4", "art-3-1", "fs-destroy"},
		},
		{
			ID:      "transfer",
			Tag:     TagPrimary,
			Sources: []string{"T1"},
			Cites:   []CitationID{"art-2-4", "art-1-1-b", "art-3-1", "art-3-2", "fs-transfer"},
		},
		{
			ID:      "victim-activated",
			Tag:     TagPrimary,
			Sources: []string{"T1"},
			Cites:   []CitationID{"art-2-1", "art-1-1-a"},
		},
	}
}
