//go:build !wasm

package components

import "github.com/apl-explorer/explorer/policy"

// pageCatalog is the catalog a component draws with before its view is
// set: on the server that first drawing is discarded.
func pageCatalog() *policy.Catalog { return policy.English() }
