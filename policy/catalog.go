package policy

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Language is one line of the registry: a language the explorer ships.
type Language struct {
	ID   string // BCP 47 tag and URL prefix ("fr"); English is unprefixed
	Name string // its name in itself, for the language switch
	Dir  string // "ltr" or "rtl"
}

// languages is the registry. Adding a language is its catalog file,
// policy/catalog/<id>.json, and one line here (docs/ARCHITECTURE.md).
var languages = []Language{
	{ID: "en", Name: "English", Dir: "ltr"},
	{ID: "fr", Name: "Français", Dir: "ltr"},
	{ID: "es", Name: "Español", Dir: "ltr"},
	{ID: "ar", Name: "العربية", Dir: "rtl"},
	{ID: "uk", Name: "Українська", Dir: "ltr"},
	{ID: "ko", Name: "한국어", Dir: "ltr"},
}

// Languages returns the registry, English first.
func Languages() []Language { return slices.Clone(languages) }

// LanguageByID returns a registered language.
func LanguageByID(id string) (Language, bool) {
	for _, l := range languages {
		if l.ID == id {
			return l, true
		}
	}
	return Language{}, false
}

// Catalog is one language's texts, keyed by id, with the header that says
// how they were translated: every user-visible string comes from one.
type Catalog struct {
	Language
	// Translation says how and by whom the texts were translated.
	Translation string
	// Numerals and Dates record the choice of digits and date format.
	Numerals, Dates string
	// Terminology gives the key terms with their source, or UNVERIFIED.
	Terminology []TermEntry
	texts       map[string]string
	// used notes the keys read, on a catalog made by Recorder.
	used *sync.Map
}

// TermEntry is one line of a catalog's terminology table.
type TermEntry struct {
	EN     string `json:"en"`
	Term   string `json:"term"`
	Source string `json:"source"`
}

// CatalogFile is a catalog as stored (policy/catalog/<id>.json): the
// header, then the texts.
type CatalogFile struct {
	Language    string            `json:"language"`
	Translation string            `json:"translation"`
	Numerals    string            `json:"numerals"`
	Dates       string            `json:"dates"`
	Terms       []TermEntry       `json:"terms"`
	Texts       map[string]string `json:"texts"`
}

// NewCatalog checks a catalog file read for a registered language. The
// browser reads the file with its own JSON parser (wasm/catalog), which
// keeps Go's JSON decoder out of app.wasm.
func NewCatalog(lang Language, f CatalogFile) (*Catalog, error) {
	if f.Language != lang.ID {
		return nil, fmt.Errorf("catalog %s: the file says it is %q", lang.ID, f.Language)
	}
	if strings.TrimSpace(f.Translation) == "" || len(f.Terms) == 0 {
		return nil, fmt.Errorf("catalog %s: the header must say how it was translated and give its terminology", lang.ID)
	}
	return &Catalog{Language: lang, Translation: f.Translation, Numerals: f.Numerals, Dates: f.Dates, Terminology: f.Terms, texts: f.Texts}, nil
}

// Text returns the text for a key, or "" if the catalog has none. Texts
// may hold {placeholders} for dates and counts, filled from sourced data
// (see Fill); a test fails on a date or a count typed into a text, and on
// a key missing from any catalog.
func (c *Catalog) Text(key string) string {
	if c.used != nil {
		c.used.Store(key, true)
	}
	return c.texts[key]
}

// Recorder returns a copy of the catalog that notes every key it is asked
// for, and a function listing them: the tests draw every page with it to
// find the keys that nothing reads.
func (c *Catalog) Recorder() (*Catalog, func() []string) {
	r := *c
	r.used = &sync.Map{}
	return &r, func() []string {
		var keys []string
		r.used.Range(func(k, _ any) bool {
			keys = append(keys, k.(string))
			return true
		})
		slices.Sort(keys)
		return keys
	}
}

// Keys lists the catalog's keys, sorted.
func (c *Catalog) Keys() []string {
	keys := make([]string, 0, len(c.texts))
	for k := range c.texts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// T is Text with its placeholders filled.
func (c *Catalog) T(key string, values map[string]string) string { return Fill(c.Text(key), values) }

// LanguageOfPath splits a site path into its language and the rest:
// "/fr/ask/use" is French and "/ask/use"; a path without a registered
// language prefix is English and itself. English has no prefix.
func LanguageOfPath(p string) (Language, string) {
	for _, l := range languages[1:] {
		if p == "/"+l.ID {
			return l, "/"
		}
		if rest, ok := strings.CutPrefix(p, "/"+l.ID+"/"); ok {
			return l, "/" + rest
		}
	}
	return languages[0], p
}

// English returns the English catalog: embedded on the server (a test
// proves it loads), installed in the browser on an English page.
func English() *Catalog {
	c, err := CatalogFor(languages[0].ID)
	if err != nil {
		panic(err)
	}
	return c
}
