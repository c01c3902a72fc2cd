//go:build !js

package policy

import (
	"embed"
	"encoding/json"
	"fmt"
	"sync"
)

// catalogFiles holds every catalog for the server, the command line and
// the tests. The browser does not compile them in: it fetches its page's
// catalog as data (catalog_js.go), which the service worker precaches.
//
//go:embed catalog/*.json
var catalogFiles embed.FS

// CatalogJSON returns a registered language's catalog file, as the server
// sends it to the browser.
func CatalogJSON(lang string) ([]byte, error) {
	if _, ok := LanguageByID(lang); !ok {
		return nil, fmt.Errorf("no language %q", lang)
	}
	return catalogFiles.ReadFile("catalog/" + lang + ".json")
}

// loadCatalogs parses every registered catalog, once.
var loadCatalogs = sync.OnceValues(func() (map[string]*Catalog, error) {
	out := map[string]*Catalog{}
	for _, l := range languages {
		b, err := CatalogJSON(l.ID)
		if err != nil {
			return nil, fmt.Errorf("catalog %s: %w (add policy/catalog/%s.json)", l.ID, err, l.ID)
		}
		var f CatalogFile
		if err := json.Unmarshal(b, &f); err != nil {
			return nil, fmt.Errorf("catalog %s: %w", l.ID, err)
		}
		c, err := NewCatalog(l, f)
		if err != nil {
			return nil, err
		}
		out[l.ID] = c
	}
	return out, nil
})

// CatalogFor returns a registered language's catalog.
func CatalogFor(lang string) (*Catalog, error) {
	all, err := loadCatalogs()
	if err != nil {
		return nil, err
	}
	c, ok := all[lang]
	if !ok {
		return nil, fmt.Errorf("no catalog for language %q", lang)
	}
	return c, nil
}
