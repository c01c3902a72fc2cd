// Package focus keeps the keyboard focus across go-app's take-over: the
// live page replaces the prerendered one, and a reader who was already
// tabbing through it keeps their place. Outside the browser its functions
// do nothing, so the components that call them also run on the server.
package focus
