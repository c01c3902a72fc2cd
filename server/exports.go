package server

import (
	"crypto/sha256"
	"encoding/hex"
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
	for name, f := range map[string]struct {
		body  []byte
		ctype string
	}{
		"/policy.json": {append(j, '\n'), "application/json"},
		"/policy.dot":  {[]byte(dot), "text/vnd.graphviz; charset=utf-8"},
	} {
		sum := sha256.Sum256(f.body)
		x := &asset{name: name, body: f.body, ctype: f.ctype, hash: hex.EncodeToString(sum[:8])}
		x.br, x.gz = compressText(x.body)
		a.byName[name] = x
	}
	return nil
}
