//go:build wasm

package catalog

import (
	"errors"
	"fmt"
	"strings"
	"syscall/js"

	"github.com/apl-explorer/explorer/policy"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Path is where a language's catalog is served, below the site's root.
func Path(lang string) string { return "/web/catalog/" + lang + ".json" }

// PageLanguage is the language the page's URL names: its first segment
// when that is a registered language, else English.
func PageLanguage() policy.Language {
	p := app.Window().Get("location").Get("pathname").String()
	p = strings.TrimPrefix(p, strings.TrimSuffix(app.Getenv("GOAPP_ROOT_PREFIX"), "/"))
	l, _ := policy.LanguageOfPath(p)
	return l
}

// Load fetches and parses a language's catalog. It blocks the calling
// goroutine, not the browser, until the response is read.
func Load(lang policy.Language) (*policy.Catalog, error) {
	url := strings.TrimSuffix(app.Getenv("GOAPP_ROOT_PREFIX"), "/") + Path(lang.ID)
	// The versioned URL is the one the service worker precached.
	for _, kv := range strings.Split(app.Getenv("APL_CATALOGS"), ",") {
		if id, v, ok := strings.Cut(kv, "="); ok && id == lang.ID && v != "" {
			url += "?v=" + v
		}
	}
	type result struct {
		text string
		err  error
	}
	done := make(chan result, 1)
	var onText, onResponse, onError js.Func
	release := func() { onText.Release(); onResponse.Release(); onError.Release() }
	onError = js.FuncOf(func(_ js.Value, args []js.Value) any {
		msg := "network error"
		if len(args) > 0 {
			msg = args[0].Call("toString").String()
		}
		done <- result{err: errors.New(msg)}
		return nil
	})
	onText = js.FuncOf(func(_ js.Value, args []js.Value) any {
		done <- result{text: args[0].String()}
		return nil
	})
	onResponse = js.FuncOf(func(_ js.Value, args []js.Value) any {
		resp := args[0]
		if !resp.Get("ok").Bool() {
			done <- result{err: fmt.Errorf("HTTP %d", resp.Get("status").Int())}
			return nil
		}
		resp.Call("text").Call("then", onText, onError)
		return nil
	})
	js.Global().Call("fetch", url).Call("then", onResponse, onError)
	r := <-done
	release()
	if r.err != nil {
		return nil, fmt.Errorf("loading %s: %w", url, r.err)
	}
	return fromJSON(lang, r.text)
}

// fromJSON reads a catalog file with the browser's JSON parser.
func fromJSON(lang policy.Language, text string) (c *policy.Catalog, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("catalog %s: %v", lang.ID, r)
		}
	}()
	v := js.Global().Get("JSON").Call("parse", text)
	str := func(k string) string {
		if x := v.Get(k); x.Type() == js.TypeString {
			return x.String()
		}
		return ""
	}
	f := policy.CatalogFile{Language: str("language"), Translation: str("translation"), Numerals: str("numerals"), Dates: str("dates"), Texts: map[string]string{}}
	terms := v.Get("terms")
	for i := 0; i < terms.Length(); i++ {
		t := terms.Index(i)
		f.Terms = append(f.Terms, policy.TermEntry{EN: t.Get("en").String(), Term: t.Get("term").String(), Source: t.Get("source").String()})
	}
	texts := v.Get("texts")
	keys := js.Global().Get("Object").Call("keys", texts)
	for i := 0; i < keys.Length(); i++ {
		k := keys.Index(i).String()
		f.Texts[k] = texts.Get(k).String()
	}
	return policy.NewCatalog(lang, f)
}
