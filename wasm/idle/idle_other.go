//go:build !wasm

package idle

// Do runs f when the browser is idle; a no-op outside the browser.
func Do(f func()) {}
