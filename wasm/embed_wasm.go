//go:build wasm

package wasm

// PostState tells the host page about a wizard state when the explorer
// runs in an iframe. The full protocol is in docs/EMBEDDING.md.
func PostState(path string) {}

// Start installs the host-message listener.
func Start() {}
