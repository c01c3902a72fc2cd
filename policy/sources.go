package policy

import (
	_ "embed"
	"regexp"
	"slices"
	"strings"
)

// factSheetMD is the White House fact sheet of 21 June 2022, shipped with
// the project as the primary source every fs-… quote is checked against.
//
//go:embed sources/fact-sheet-2022.md
var factSheetMD string

// The fact sheet's identity, from its front matter.
const (
	FactSheetTitle = "FACT SHEET: Changes to U.S. Anti-Personnel Landmine Policy"
	FactSheetDate  = "2022-06-21"
	FactSheetBy    = "The White House"
	FactSheetURL   = "https://www.whitehouse.gov/briefing-room/statements-releases/2022/06/21/fact-sheet-changes-to-u-s-anti-personnel-landmine-policy/"
	// FactSheetArchiveURL is the same page in the archive of that
	// administration's site, under the same path (docs/SOURCES.md).
	FactSheetArchiveURL = "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2022/06/21/fact-sheet-changes-to-u-s-anti-personnel-landmine-policy/"
	// AsOf is the date the us-2022 outcomes describe.
	AsOf = "2022-06-21"
)

// Citation is a source passage a rule or a page relies on.
type Citation struct {
	ID  CitationID
	Ref string // "Fact sheet, 21 June 2022" or "Article 1(1)(a)"
	// Quote is the exact words of the source (fact-sheet clauses only);
	// a Convention article has none, and is summarised in the project's
	// own words instead (Catalog.CitationSummary). Headings and summaries
	// are in the catalogs (Catalog.CitationTitle).
	Quote   string
	Tag     Tag
	Sources []string // source keys (docs/SOURCES.md, reference list); "FS" is the fact sheet
	URL     string
}

// factSheetClauses are the fact-sheet clauses of docs/RULES.md section 5, and
// the three mine-action figures, each quoted word for word.
// Their headings are in the catalogs, under cite.<id>.title.
var factSheetClauses = []struct {
	id    CitationID
	quote string
}{
	{"fs-align", "The new commitment announced today will align U.S. APL policy outside of the Korean Peninsula with the key requirements of the Ottawa Convention – the international treaty prohibiting the use, stockpiling, production, and transfer of APL – which has more than 160 parties, including all of our NATO Allies."},
	{"fs-develop", "Not develop, produce, or acquire APL;"},
	{"fs-transfer", "Not export or transfer of APL, except when necessary for activities related to mine detection or removal, and for the purpose of destruction;"},
	{"fs-use", "Not use APL outside of the Korean Peninsula;"},
	{"fs-assist", "Not assist, encourage, or induce anyone, outside of the context of the Korean Peninsula, to engage in any activity that would be prohibited by the Ottawa Convention;"},
	{"fs-destroy", "Undertake to destroy all APL stockpiles not required for the defense of the Republic of Korea."},
	{"fs-alternatives", "Additionally, the United States will undertake diligent efforts to pursue materiel and operational solutions to assist in becoming compliant with and ultimately acceding to the Ottawa Convention, while ensuring our ability to respond to contingencies and meet our alliance commitments."},
	{"fs-korea", "Even as the United States takes this further step, the unique circumstances on the Korean Peninsula and the U.S. commitment to the defense of the Republic of Korea preclude the United States from changing anti-personnel landmine policy on the Korean Peninsula at this time."},
	{"fs-mine-action", "The United States is the world’s single largest financial supporter of steps to mitigate the harmful consequences of landmines and explosive remnants of war around the world, including through land clearance and medical rehabilitation and vocational training for those injured by these weapons."},
	{"fs-aid", "Since the United States Humanitarian Mine Action Program was established in 1993, the United States has provided over $4.2 billion in aid in over 100 countries for conventional weapons destruction programs."},
	{"fs-mine-free", "Helped 17 countries become free from the danger of landmines;"},
	{"fs-rehab", "Provided assistive devices and other rehabilitation services to over 250,000 people in 35 countries through the U.S. Agency for International Development-managed Leahy War Victims Fund."},
}

// citationList builds every citation: the fact-sheet clauses, then the
// Convention's articles.
func citationList() []Citation {
	var out []Citation
	for _, c := range factSheetClauses {
		out = append(out, Citation{
			ID: c.id, Ref: "Fact sheet, 21 June 2022", Quote: c.quote,
			Tag: TagPrimary, Sources: []string{"FS"}, URL: FactSheetURL,
		})
	}
	for _, a := range Articles() {
		out = append(out, Citation{
			ID: a.ID, Ref: a.Ref,
			Tag: a.Tag, Sources: append([]string(nil), a.Sources...),
		})
	}
	return out
}

// citationIndex is every citation and its position by id, built once:
// each outcome looks several up.
var citationIndex = indexOnce(citationList, func(c Citation) CitationID { return c.ID })

func (c Citation) copied() Citation { c.Sources = slices.Clone(c.Sources); return c }

// Citations returns every citation: the fact-sheet clauses, then the
// Convention's articles. The slice is the caller's own.
func Citations() []Citation {
	list, _ := citationIndex()
	return copies(list)
}

// CitationByID returns one citation.
func CitationByID(id CitationID) (Citation, bool) { return lookup(citationIndex, id) }

// Block is one paragraph, heading or list item of the fact sheet.
type Block struct {
	Kind string // "p", "h" or "li"
	Text string // white space folded
}

// FactSheet returns the fact sheet's body as blocks, in order.
func FactSheet() []Block {
	body := factSheetMD
	if strings.HasPrefix(body, "---\n") {
		if i := strings.Index(body[4:], "\n---\n"); i >= 0 {
			body = body[4+i+5:]
		}
	}
	var out []Block
	var cur []string
	kind := "p"
	flush := func() {
		t := Fold(strings.Join(cur, " "))
		t = strings.TrimPrefix(t, "\\")
		if t != "" {
			if strings.HasPrefix(t, "**") && strings.HasSuffix(t, "**") {
				kind, t = "h", strings.Trim(t, "*")
			}
			out = append(out, Block{Kind: kind, Text: t})
		}
		cur, kind = nil, "p"
	}
	for _, line := range strings.Split(body, "\n") {
		l := strings.TrimSpace(strings.ReplaceAll(line, "\u00a0", " "))
		switch {
		case l == "":
			flush()
		case strings.HasPrefix(l, "-   "):
			flush()
			kind = "li"
			cur = append(cur, strings.TrimPrefix(l, "-   "))
		default:
			cur = append(cur, l)
		}
	}
	flush()
	return out
}

var spaces = regexp.MustCompile(`[\s\x{00a0}]+`)

// Fold collapses runs of white space (non-breaking spaces included) into
// one space and trims the ends, so quotes compare regardless of wrapping.
func Fold(s string) string { return strings.TrimSpace(spaces.ReplaceAllString(s, " ")) }

// Segment is a run of fact-sheet text, marked with the clause it quotes.
type Segment struct {
	Text string
	Cite CitationID // "" for text no clause quotes
}

// Segments splits a fact-sheet block into runs, marking each quoted
// clause, so a page can anchor every clause the rules cite.
func Segments(text string) []Segment {
	segs := []Segment{{Text: text}}
	for _, c := range factSheetClauses {
		var next []Segment
		for _, s := range segs {
			i := strings.Index(s.Text, c.quote)
			if s.Cite != "" || i < 0 {
				next = append(next, s)
				continue
			}
			if i > 0 {
				next = append(next, Segment{Text: s.Text[:i]})
			}
			next = append(next, Segment{Text: c.quote, Cite: c.id})
			if rest := s.Text[i+len(c.quote):]; rest != "" {
				next = append(next, Segment{Text: rest})
			}
		}
		segs = next
	}
	return segs
}
