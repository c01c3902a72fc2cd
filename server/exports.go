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
	e, err := policy.English().BuildExport()
	if err != nil {
		return fmt.Errorf("building the policy export: %w", err)
	}
	j, err := json.MarshalIndent(e, "", "  ")
	if err != nil {
		return fmt.Errorf("encoding the policy export: %w", err)
	}
	dot, err := policy.English().DOT()
	if err != nil {
		return fmt.Errorf("building the policy graph: %w", err)
	}
	j = append(j, '\n')
	a.byName["/policy.json"] = newResponse("application/json", j, contentTag(j))
	a.byName["/policy.dot"] = newResponse("text/vnd.graphviz; charset=utf-8", []byte(dot), contentTag([]byte(dot)))
	if err := a.addCatalogs(); err != nil {
		return err
	}
	return a.addOfflinePages()
}

// CatalogPath is where the browser fetches a language's catalog: the
// app.wasm holds no text of its own (wasm/catalog).
func CatalogPath(lang string) string { return "/web/catalog/" + lang + ".json" }

// addCatalogs serves every registered language's catalog as data, from
// the files the policy package embeds: they are versioned and cached like
// the other web/ files, and the service worker precaches them.
func (a *assets) addCatalogs() error {
	for _, l := range policy.Languages() {
		b, err := policy.CatalogJSON(l.ID)
		if err != nil {
			return fmt.Errorf("serving the %s catalog: %w", l.ID, err)
		}
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			return fmt.Errorf("serving the %s catalog: %w", l.ID, err)
		}
		compact, err := json.Marshal(v)
		if err != nil {
			return err
		}
		a.byName[CatalogPath(l.ID)] = newResponse("application/json", compact, contentTag(compact))
	}
	return nil
}
