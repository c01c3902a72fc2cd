//go:build js

package policy

import (
	"fmt"
	"sync/atomic"
)

// installed is the page's catalog in the browser: main fetches it as data
// and installs it once, before the app starts (wasm/catalog).
var installed atomic.Pointer[Catalog]

// Install makes a catalog the browser's for this page load.
func Install(c *Catalog) { installed.Store(c) }

// CatalogFor returns the installed catalog when it is the language asked
// for: a page in another language is a full page load.
func CatalogFor(lang string) (*Catalog, error) {
	c := installed.Load()
	if c == nil || c.ID != lang {
		return nil, fmt.Errorf("the catalog for %q is not loaded", lang)
	}
	return c, nil
}
