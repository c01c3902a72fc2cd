package components

import "github.com/apl-explorer/explorer/policy"

// cat is the catalog the pages draw their words from.
func cat() *policy.Catalog { return policy.English() }
