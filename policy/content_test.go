package policy

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// requiredArticles are the article ids the rule tables and pages cite, in
// treaty order.
var requiredArticles = []CitationID{
	"art-1-1-a", "art-1-1-b", "art-1-1-c", "art-1-2",
	"art-2-1", "art-2-2", "art-2-3", "art-2-4", "art-2-5",
	"art-3-1", "art-3-2", "art-4", "art-5", "art-6", "art-7", "art-8", "art-9",
	"art-17", "art-19", "art-20",
}

// factSheetIDs are the fact-sheet clause ids of docs/RULES.md section 5.
var factSheetIDs = []CitationID{
	"fs-align", "fs-develop", "fs-transfer", "fs-use", "fs-assist",
	"fs-destroy", "fs-alternatives", "fs-korea", "fs-mine-action",
}

// requiredSourceKeys are the keys of the reference list (docs/SOURCES.md,
// "Reference list"), including the second entries filed under T9, U8a and
// C6. The explorer's own keys N1… for the newer facts are not in Sources().
var requiredSourceKeys = []string{
	"T1", "T2", "T3", "T4", "T5", "T5b", "T6", "T7", "T8", "T9", "T9b", "T9c", "T9-alt",
	"T10", "T11a", "T11b", "T11c", "T11d", "T11e", "T12", "T12b", "T12c", "T13", "T13b",
	"T14", "T15", "T16", "T16b", "T17", "T17b", "T17c", "T18",
	"U1", "U2", "U2b", "U3", "U4", "U5", "U6", "U6b", "U6c", "U6d", "U7",
	"U8a", "U8a-alt", "U8b", "U8c", "U8d", "U8e", "U9", "U10a", "U10b",
	"U11a", "U11b", "U11c", "U12a", "U12b", "U12c",
	"U13a", "U13b", "U13c", "U13d", "U13e", "U13f", "U14", "U15a", "U15b", "U15c",
	"U16a", "U16b", "U17",
	"C1", "C2", "C3", "C4", "C5", "C6", "C6-alt",
	"K1", "K2", "K3", "K4", "K5", "K6", "K7",
	"H1", "H2", "H3", "H4", "H5", "H6",
	"N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9",
}

var (
	urlSafe      = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	markdownMark = regexp.MustCompile("[*_`#\\[\\]<>|]")
)

// validTag reports whether t is one of the four evidence tags.
func validTag(t Tag) bool {
	switch t {
	case TagPrimary, TagSecondary, TagDerived, TagUnverified:
		return true
	}
	return false
}

// hasDoubleQuote reports whether s holds a straight or curly double quote.
func hasDoubleQuote(s string) bool {
	return strings.ContainsAny(s, "\"\u201c\u201d\u201e\u201f\u00ab\u00bb")
}

// checkSources reports an error for an empty list or a key that does not
// resolve.
func checkSources(t *testing.T, what string, keys []string) {
	t.Helper()
	if len(keys) == 0 {
		t.Errorf("%s: no sources", what)
	}
	seen := map[string]bool{}
	for _, k := range keys {
		if seen[k] {
			t.Errorf("%s: source %q listed twice", what, k)
		}
		seen[k] = true
		if _, ok := SourceByKey(k); !ok {
			t.Errorf("%s: source %q not in Sources()", what, k)
		}
	}
}

func TestArticlesRequiredInOrder(t *testing.T) {
	arts := Articles()
	pos := map[CitationID]int{}
	count := map[CitationID]int{}
	for i, a := range arts {
		count[a.ID]++
		pos[a.ID] = i
	}
	last := -1
	for _, id := range requiredArticles {
		switch count[id] {
		case 0:
			t.Errorf("article %s missing", id)
			continue
		case 1:
		default:
			t.Errorf("article %s present %d times", id, count[id])
		}
		if pos[id] <= last {
			t.Errorf("article %s out of treaty order", id)
		}
		last = pos[id]
	}
}

func TestArticlesFields(t *testing.T) {
	artID := regexp.MustCompile(`^art-[0-9]+(-[0-9]+)?(-[a-z])?$`)
	seen := map[CitationID]bool{}
	for _, a := range Articles() {
		if seen[a.ID] {
			t.Errorf("duplicate article id %s", a.ID)
		}
		seen[a.ID] = true
		if !artID.MatchString(string(a.ID)) {
			t.Errorf("article id %q is not of the form art-N[-N][-x]", a.ID)
		}
		for name, v := range map[string]string{"Ref": a.Ref, "Title": English().ArticleTitle(a), "Summary": English().ArticleSummary(a)} {
			if strings.TrimSpace(v) == "" {
				t.Errorf("%s: empty %s", a.ID, name)
			}
			if markdownMark.MatchString(v) {
				t.Errorf("%s: %s contains Markdown-like characters: %q", a.ID, name, v)
			}
			if hasDoubleQuote(v) {
				t.Errorf("%s: %s contains a double quote; the treaty is summarised, never quoted", a.ID, name)
			}
		}
		if !strings.HasPrefix(a.Ref, "Article ") {
			t.Errorf("%s: Ref %q does not start with Article", a.ID, a.Ref)
		}
		if a.Tag != TagPrimary {
			t.Errorf("%s: tag %q, want %q for the treaty text", a.ID, a.Tag, TagPrimary)
		}
		checkSources(t, string(a.ID), a.Sources)
	}
}

func TestArticlesContent(t *testing.T) {
	// Facts the rules rely on, checked in the summaries.
	tests := []struct {
		id   CitationID
		want []string
	}{
		{"art-2-1", []string{"vehicle", "anti-handling device"}},
		{"art-4", []string{"four years"}},
		{"art-5", []string{"ten years", "extension"}},
		{"art-7", []string{"180 days", "30 April"}},
		{"art-8", []string{"28 days"}},
		{"art-20", []string{"six months", "armed conflict", "Security Council"}},
	}
	for _, tt := range tests {
		a, ok := CitationByID(tt.id)
		if !ok {
			t.Errorf("CitationByID(%s) not found", tt.id)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(English().CitationSummary(a), w) {
				t.Errorf("%s: summary does not mention %q", tt.id, w)
			}
		}
	}
	if _, ok := CitationByID("art-99"); ok {
		t.Error("CitationByID(art-99) found an article")
	}
}

func TestArticlesFreshCopy(t *testing.T) {
	a := Articles()
	a[0].Ref = "changed"
	a[0].Sources[0] = "changed"
	b := Articles()
	if b[0].Ref == "changed" || b[0].Sources[0] == "changed" {
		t.Error("Articles returns shared data")
	}
}

func TestSourcesComplete(t *testing.T) {
	groups := []string{"Treaty and status", "U.S. policy", "Command detonation", "Korea", "Humanitarian mine action", "Newer facts"}
	srcs := Sources()
	seen := map[string]bool{}
	lastGroup := 0
	for _, s := range srcs {
		if seen[s.Key] {
			t.Errorf("duplicate source key %s", s.Key)
		}
		seen[s.Key] = true
		if strings.TrimSpace(s.Title) == "" {
			t.Errorf("%s: empty Title", s.Key)
		}
		if !strings.HasPrefix(s.URL, "http://") && !strings.HasPrefix(s.URL, "https://") {
			t.Errorf("%s: URL %q is not http(s)", s.Key, s.URL)
		}
		g := slices.Index(groups, s.Group)
		switch {
		case g < 0:
			t.Errorf("%s: unknown group %q", s.Key, s.Group)
		case g < lastGroup:
			t.Errorf("%s: group %q out of reference-list order", s.Key, s.Group)
		default:
			lastGroup = g
		}
	}
	for _, k := range requiredSourceKeys {
		if !seen[k] {
			t.Errorf("source %s missing", k)
		}
	}
	if len(srcs) != len(requiredSourceKeys) {
		t.Errorf("Sources() has %d entries, the reference list %d", len(srcs), len(requiredSourceKeys))
	}
	tests := []struct {
		key, url, inTitle string
	}{
		{"T1", "https://github.com/statengeneraal/laws-markdown", "BWBV0001384/README.md"},
		{"C5", "https://github.com/statengeneraal/laws-markdown", "BWBV0004938/README.md"},
		{"T9", "https://translation1.mil-osi.com/2025/12/28/…", "truncated"},
		{"U13a", "https://www.state.gov/statement-by-the-united-states-of-america-at-the-2022-intersessional-meeting-of-the-anti-personnel-mine-ban-convention/", "2022 Intersessional"},
	}
	for _, tt := range tests {
		s, ok := SourceByKey(tt.key)
		if !ok {
			t.Errorf("SourceByKey(%s) not found", tt.key)
			continue
		}
		if s.URL != tt.url {
			t.Errorf("%s: URL %q, want %q", tt.key, s.URL, tt.url)
		}
		if !strings.Contains(s.Title, tt.inTitle) {
			t.Errorf("%s: Title %q does not mention %q", tt.key, s.Title, tt.inTitle)
		}
	}
	if _, ok := SourceByKey("X1"); ok {
		t.Error("SourceByKey(X1) found a source")
	}
}

// parseDate parses an ISO 8601 date of day, month or year precision.
func parseDate(s string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if d, err := time.Parse(layout, s); err == nil {
			return d, true
		}
	}
	return time.Time{}, false
}

func TestTimelineFields(t *testing.T) {
	seen := map[string]bool{}
	for _, e := range Timeline() {
		if seen[e.ID] {
			t.Errorf("duplicate event id %s", e.ID)
		}
		seen[e.ID] = true
		if !strings.HasPrefix(e.ID, "ev-") || !urlSafe.MatchString(e.ID) {
			t.Errorf("event id %q is not ev-… and URL-safe", e.ID)
		}
		en := English()
		title, summary, quoteBy := en.EventTitle(e), en.EventSummary(e), en.EventQuoteBy(e)
		for name, v := range map[string]string{"Date": e.Date, "When": en.EventWhen(e), "Title": title, "Summary": summary} {
			if strings.TrimSpace(v) == "" {
				t.Errorf("%s: empty %s", e.ID, name)
			}
		}
		if e.Subject != "us" && e.Subject != "convention" {
			t.Errorf("%s: subject %q, want us or convention", e.ID, e.Subject)
		}
		if !validTag(e.Tag) {
			t.Errorf("%s: invalid tag %q", e.ID, e.Tag)
		}
		if hasDoubleQuote(summary) || hasDoubleQuote(title) {
			t.Errorf("%s: Title or Summary contains a double quote; quotes belong in Quote", e.ID)
		}
		if (e.Quote == "") != (en.Text("event."+e.ID+".quote-by") == "") {
			t.Errorf("%s: Quote and QuoteBy must be set together", e.ID)
		}
		if hasDoubleQuote(e.Quote) || hasDoubleQuote(quoteBy) {
			t.Errorf("%s: Quote or QuoteBy carries its own quotation marks", e.ID)
		}
		if e.Approx != "" && e.Approx != "about" && e.Approx != "after" {
			t.Errorf("%s: Approx %q, want about or after", e.ID, e.Approx)
		}
		if e.Tag == TagUnverified && !strings.Contains(strings.ToLower(summary), "unverified") {
			t.Errorf("%s: tagged UNVERIFIED but the summary does not say unverified", e.ID)
		}
		checkSources(t, e.ID, e.Sources)
	}
}

func TestTimelineSorted(t *testing.T) {
	var prev time.Time
	var prevID string
	for i, e := range Timeline() {
		d, ok := parseDate(e.Date)
		if !ok {
			t.Errorf("%s: Date %q is not 2006-01-02, 2006-01 or 2006", e.ID, e.Date)
			continue
		}
		if i > 0 && d.Before(prev) {
			t.Errorf("%s (%s) comes after %s but is earlier", e.ID, e.Date, prevID)
		}
		prev, prevID = d, e.ID
	}
}

func TestTimelineCoverage(t *testing.T) {
	// Dates the brief requires, with the tag it gives each.
	tests := []struct {
		date    string
		subject string
		tag     Tag
	}{
		{"1992-10-23", "us", TagPrimary},
		{"1994-09-26", "us", TagPrimary},
		{"1996-01", "us", TagUnverified},
		// Tags follow each claim: the 1996 and 23 Sep 2014 entries rest in
		// part on secondary sources; 27 Jun 2014 is primary only.
		{"1996-05-16", "us", TagSecondary},
		{"1997-01-17", "us", TagPrimary},
		{"1997-09-17", "us", TagSecondary},
		{"1997-09-18", "convention", TagPrimary},
		{"1997-12-03", "convention", TagPrimary},
		{"1998-05", "us", TagSecondary},
		{"1999-03-01", "convention", TagSecondary},
		{"1999-05-24", "us", TagSecondary},
		{"2004-02-27", "us", TagPrimary},
		{"2012-12-27", "convention", TagSecondary},
		{"2014-06-27", "us", TagPrimary},
		{"2014-09-23", "us", TagSecondary},
		{"2020-01-31", "us", TagSecondary},
		{"2022-06-21", "us", TagPrimary},
		{"2022-12-02", "us", TagPrimary},
		{"2024-11-20", "us", TagSecondary},
		{"2025-03-12", "convention", TagSecondary},
		{"2025-03-18", "convention", TagSecondary},
		{"2025-06-25", "convention", TagSecondary},
		{"2025-07", "convention", TagSecondary},
		{"2025-12-01", "convention", TagSecondary},
		{"2025-12-02", "us", TagSecondary},
		{"2025-12-27", "convention", TagSecondary},
		{"2026-01-10", "convention", TagSecondary},
		{"2026-02-20", "convention", TagSecondary},
		{"2026-03", "us", TagUnverified},
	}
	events := Timeline()
	for _, tt := range tests {
		i := slices.IndexFunc(events, func(e Event) bool { return e.Date == tt.date && e.Subject == tt.subject })
		if i < 0 {
			t.Errorf("no %s event dated %s", tt.subject, tt.date)
			continue
		}
		if got := events[i].Tag; got != tt.tag {
			t.Errorf("%s: tag %q, want %q", events[i].ID, got, tt.tag)
		}
	}
	if last := events[len(events)-1]; English().EventWhen(last) != "After March 2026" {
		t.Errorf("last event %s is shown as %q, want After March 2026", last.ID, English().EventWhen(last))
	}
}

func TestGlossaryFields(t *testing.T) {
	arts := map[CitationID]bool{}
	for _, a := range Articles() {
		arts[a.ID] = true
	}
	seen := map[string]bool{}
	var prev string
	for i, g := range Glossary() {
		if seen[g.ID] {
			t.Errorf("duplicate term id %s", g.ID)
		}
		seen[g.ID] = true
		if !urlSafe.MatchString(g.ID) {
			t.Errorf("term id %q is not URL-safe", g.ID)
		}
		term, def := English().GlossaryTerm(g), English().GlossaryDefinition(g)
		if strings.TrimSpace(term) == "" || strings.TrimSpace(def) == "" {
			t.Errorf("%s: empty Term or Definition", g.ID)
		}
		if hasDoubleQuote(def) {
			t.Errorf("%s: Definition contains a double quote", g.ID)
		}
		if !validTag(g.Tag) {
			t.Errorf("%s: invalid tag %q", g.ID, g.Tag)
		}
		if g.Tag == TagUnverified && !strings.Contains(strings.ToLower(def), "unverified") {
			t.Errorf("%s: tagged UNVERIFIED but the definition does not say unverified", g.ID)
		}
		checkSources(t, g.ID, g.Sources)
		for _, c := range g.Cites {
			if !arts[c] && !slices.Contains(factSheetIDs, c) {
				t.Errorf("%s: cites unknown id %q", g.ID, c)
			}
		}
		key := strings.ToLower(term)
		if i > 0 && key < prev {
			t.Errorf("%s: %q is not in alphabetical order after %q", g.ID, term, prev)
		}
		prev = key
	}
}

func TestGlossaryRequiredTerms(t *testing.T) {
	required := []string{
		"anti-personnel-mine", "anti-handling-device", "anti-vehicle-mine",
		"command-detonated", "victim-activated", "stockpile", "transfer",
		"states-parties", "mine-action", "korean-peninsula-exception",
		"ccw-amended-protocol-ii", "non-persistent-mine",
	}
	terms := Glossary()
	for _, id := range required {
		if !slices.ContainsFunc(terms, func(g Term) bool { return g.ID == id }) {
			t.Errorf("glossary term %s missing", id)
		}
	}
}

// TestNoTypedDatesOrCounts fails on a date or a count typed into a text of
// the catalog: dates and counts shown come from sourced fields, through
// {placeholders}. A year that names a policy ("the 2022 policy") is a
// name, not a date; article and clause numbers and durations the articles
// set ("within 10 years") are not dates or counts of anything.
func TestNoTypedDatesOrCounts(t *testing.T) {
	typed := regexp.MustCompile(`\b(1[89][0-9]{2}|20[0-9]{2})\b|\b[0-9][0-9,]* (States Parties|states|countries|parties|people)\b|\b[0-9]{1,2} (January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b`)
	name := regexp.MustCompile(`\b(19|20)[0-9]{2} (U\.S\. )?(policy|commitment)\b`)
	for k, v := range English().texts {
		for _, m := range typed.FindAllString(name.ReplaceAllString(v, ""), -1) {
			t.Errorf("%s: %q is typed into the text; take it from sourced data through a {placeholder}", k, m)
		}
	}
	// The check can fail.
	if !typed.MatchString("reported on 19 December 2025") || !typed.MatchString("161 States Parties") {
		t.Error("the pattern misses a typed date or count")
	}
}

// TestFilledTexts checks that every dated text is filled from the data:
// no placeholder is left, and the dates come from the records.
func TestFilledTexts(t *testing.T) {
	texts := map[string]string{
		"status note": English().StatusNote(US2022),
		"as of":       English().StatusAsOf(),
		"party rule":  English().PartyCountRule(),
		"regime name": English().RegimeName(US2022),
	}
	note, _, _ := English().CitationNote("fs-align")
	texts["fs-align note"] = note
	for _, c := range PartyCounts() {
		texts["count "+c.From] = English().PartyCountText(c)
	}
	for _, f := range LaterFigures() {
		texts["figure "+string(f.Cite)] = English().LaterFigureText(f)
	}
	for what, s := range texts {
		if s == "" || strings.ContainsAny(s, "{}") {
			t.Errorf("%s: %q", what, s)
		}
	}
	for what, want := range map[string]string{
		"status note":   "2 December 2025",
		"fs-align note": "27 December 2025",
		"party rule":    "25 June 2025",
		"regime name":   "21 June 2022",
	} {
		if !strings.Contains(texts[what], want) {
			t.Errorf("%s = %q, want it to hold %q from the data", what, texts[what], want)
		}
	}
	if !strings.Contains(note, "more than 160 parties") || !strings.Contains(note, "161") {
		t.Errorf("fs-align note = %q", note)
	}
	if got := NewestSourceDate(); got != "2026-02-20" {
		t.Errorf("newest source date = %s, want 2026-02-20 (computed from the timeline)", got)
	}
	if Figure("fs-aid") != "over $4.2 billion" || Figure("fs-mine-free") != "17 countries" || Figure("fs-rehab") != "over 250,000 people" {
		t.Errorf("figures: %q %q %q", Figure("fs-aid"), Figure("fs-mine-free"), Figure("fs-rehab"))
	}
}
