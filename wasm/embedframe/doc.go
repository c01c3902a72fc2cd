// Package embedframe is the framed explorer's side of the embedding
// protocol with a host page (docs/EMBEDDING.md): it reads the theme and
// the host's origin from the query string, keeps in-frame navigation out
// of the host's history, posts each wizard state to the host and obeys
// the host's navigate and theme messages. The frame's height is reported
// by web/embed-frame.js. Outside the browser its functions do nothing, so
// the components that call them also run on the server.
package embedframe
