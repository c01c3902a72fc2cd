//go:build !wasm

package wasm

// PostState tells the host page about a wizard state; a no-op outside the
// browser.
func PostState(path string) {}

// Start installs the host-message listener; a no-op outside the browser.
func Start() {}

// RememberFocus records the focused element; a no-op outside the browser.
func RememberFocus() {}

// RestoreFocus restores it after the take-over; a no-op outside the
// browser.
func RestoreFocus() bool { return false }
