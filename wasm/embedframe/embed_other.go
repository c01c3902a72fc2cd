//go:build !wasm

package embedframe

// PostState tells the host page about a wizard state; a no-op outside the
// browser.
func PostState(path string) {}

// Start installs the host-message listener; a no-op outside the browser.
func Start() {}
