package policy

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// quoteKeys are the catalog keys of the unofficial translations of the
// English quotations: every catalog but English has one per quotation.
func quoteKeys() []string {
	var keys []string
	for _, c := range Citations() {
		if c.Quote != "" {
			keys = append(keys, "quote."+string(c.ID))
		}
	}
	for _, e := range Timeline() {
		if e.Quote != "" {
			keys = append(keys, "quote.event."+e.ID)
		}
	}
	return keys
}

var (
	placeholder = regexp.MustCompile(`\{[a-z0-9-]+\}`)
	evidenceTag = regexp.MustCompile(`\[(?:P|S|D|UNVERIFIED)\]`)
)

// checkCatalog is what every catalog must satisfy against English: the
// same keys (plus the quotations' unofficial translations), the same
// placeholders and evidence tags in every text, a header that says how it
// was translated, and the terminology table.
func checkCatalog(t *testing.T, en, c *Catalog) {
	t.Helper()
	want := map[string]bool{}
	for _, k := range en.Keys() {
		want[k] = true
	}
	if c.ID != en.ID {
		for _, k := range quoteKeys() {
			want[k] = true
		}
	}
	for _, k := range c.Keys() {
		if !want[k] {
			t.Errorf("%s: key %s is not in the English catalog", c.ID, k)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(want)) {
		got, ok := c.texts[k]
		if !ok {
			t.Errorf("%s: missing key %s", c.ID, k)
			continue
		}
		if strings.TrimSpace(got) == "" && strings.TrimSpace(en.Text(k)) != "" {
			t.Errorf("%s: %s is empty", c.ID, k)
		}
		e := en.Text(k)
		if strings.HasPrefix(k, "quote.") {
			e = ""
		}
		if a, b := sortedMatches(placeholder, e), sortedMatches(placeholder, got); !slices.Equal(a, b) {
			t.Errorf("%s: %s has placeholders %v, English %v", c.ID, k, b, a)
		}
		if a, b := sortedMatches(evidenceTag, e), sortedMatches(evidenceTag, got); !slices.Equal(a, b) {
			t.Errorf("%s: %s has tags %v, English %v", c.ID, k, b, a)
		}
	}
	if strings.TrimSpace(c.Translation) == "" || c.Numerals == "" || c.Dates == "" {
		t.Errorf("%s: the header must say how it was translated, and which digits and dates it uses", c.ID)
	}
	var terms []string
	for _, term := range c.Terminology {
		terms = append(terms, term.EN)
		if term.Term == "" || term.Source == "" {
			t.Errorf("%s: terminology %q needs its term and its source (or UNVERIFIED)", c.ID, term.EN)
		}
	}
	for _, need := range []string{"anti-personnel mine", "State Party", "stockpile", "transfer", "command-detonated", "anti-vehicle mine", "self-destructing"} {
		if !slices.Contains(terms, need) {
			t.Errorf("%s: the terminology table lacks %q", c.ID, need)
		}
	}
}

func sortedMatches(re *regexp.Regexp, s string) []string {
	m := re.FindAllString(s, -1)
	slices.Sort(m)
	return m
}

// TestCatalogs checks every registered catalog against English.
func TestCatalogs(t *testing.T) {
	en := English()
	for _, l := range Languages() {
		c, err := CatalogFor(l.ID)
		if err != nil {
			t.Fatal(err)
		}
		checkCatalog(t, en, c)
	}
}

// TestNewLanguage proves that a language is one catalog file plus one
// registry line: a test-only language, registered here with a catalog
// built from English, passes the same checks and is served by CatalogFor;
// and the check can fail.
func TestNewLanguage(t *testing.T) {
	en := English()
	zz := Language{ID: "zz", Name: "Zz", Dir: "rtl"}
	f := CatalogFile{Language: "zz", Translation: "test", Numerals: "0-9", Dates: "d m y", Terms: en.Terminology, Texts: map[string]string{}}
	for _, k := range en.Keys() {
		f.Texts[k] = "⟦" + en.Text(k) + "⟧"
	}
	for _, k := range quoteKeys() {
		f.Texts[k] = "⟦q⟧"
	}
	c, err := NewCatalog(zz, f)
	if err != nil {
		t.Fatal(err)
	}
	checkCatalog(t, en, c)
	if l, rest := withLanguage(t, zz, c); l.ID != "zz" || rest != "/ask/use" {
		t.Errorf("the registry does not route the new language: %v %q", l, rest)
	}
	// The check fails on a missing key and on a lost placeholder.
	delete(f.Texts, "nav.home")
	f.Texts["status-note.us-2022"] = "no dates"
	bad, _ := NewCatalog(zz, f)
	ft := &testing.T{}
	func() {
		defer func() { _ = recover() }()
		checkCatalog(ft, en, bad)
	}()
	if !ft.Failed() {
		t.Error("a catalog missing a key and a placeholder passed the checks")
	}
}

// withLanguage registers a language for the rest of the test.
func withLanguage(t *testing.T, l Language, c *Catalog) (Language, string) {
	t.Helper()
	saved := languages
	languages = append(slices.Clone(languages), l)
	t.Cleanup(func() { languages = saved })
	return LanguageOfPath("/" + l.ID + "/ask/use")
}
