// Package catalog fetches the page's language catalog in the browser:
// app.wasm holds no text of its own, so a new language or a longer text
// costs no download until a page in that language is opened, and the
// service worker precaches the catalogs as it does the other web/ files.
package catalog
