//go:build wasm

package components

import "github.com/apl-explorer/explorer/policy"

// pageCatalog is the catalog the page loaded with (main installs it
// before the app starts): the browser holds one language per page load.
func pageCatalog() *policy.Catalog {
	for _, l := range policy.Languages() {
		if c, err := policy.CatalogFor(l.ID); err == nil {
			return c
		}
	}
	panic("components: no catalog installed")
}
