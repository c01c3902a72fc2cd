//go:build !wasm

package focus

// Remember records the focused element; a no-op outside the browser.
func Remember() {}

// Restore restores it after the take-over; a no-op outside the browser.
func Restore() bool { return false }
