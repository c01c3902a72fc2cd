// Package idle runs work when the browser is idle, after the page is
// drawn, rather than at start-up or at the first step that needs it.
// Outside the browser Do runs nothing.
package idle
