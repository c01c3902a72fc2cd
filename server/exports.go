package server

import (
	"encoding/json"
	"fmt"

	"github.com/apl-explorer/explorer/policy"
)

// addExports puts the policy's downloads, which the Explore page links to,
// among the assets: /policy.json (the export, as `explorer tree` prints
// it) and /policy.dot (Graphviz). They are derived from the tables at
// start-up, so they change only with the build, and count in the version.
func (a *assets) addExports() error {
	e, err := policy.BuildExport()
	if err != nil {
		return fmt.Errorf("building the policy export: %w", err)
	}
	j, err := json.MarshalIndent(e, "", "  ")
	if err != nil {
		return fmt.Errorf("encoding the policy export: %w", err)
	}
	dot, err := policy.DOT()
	if err != nil {
		return fmt.Errorf("building the policy graph: %w", err)
	}
	j = append(j, '\n')
	a.byName["/policy.json"] = newResponse("application/json", j, contentTag(j))
	a.byName["/policy.dot"] = newResponse("text/vnd.graphviz; charset=utf-8", []byte(dot), contentTag([]byte(dot)))
	return nil
}
