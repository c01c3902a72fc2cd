// Package wasm is the browser-only glue: JavaScript interop and the
// embedding protocol between the explorer in an iframe and its host page
// (docs/EMBEDDING.md). Outside the browser its functions do nothing, so
// the components that call them also run on the server.
package wasm
