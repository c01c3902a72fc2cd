package server

import "strings"

// resolver is the handler's app.ResourceResolver. It differs from go-app's
// LocalDir and PrefixedLocation in four ways:
//   - it prefixes every local absolute path with the base ("/explorer/…")
//     and leaves fragments, relative and remote URLs alone (go-app's
//     PrefixedLocation turns "#top" into "/explorer#top");
//   - "/" resolves to the base with its trailing slash ("/explorer/"), the
//     URL users open and the service worker's scope; go-app's router strips
//     GOAPP_ROOT_PREFIX, which is Resolve("/"), and still finds "/";
//   - a file of web/ gets "?v=<content hash>", so its URL changes with its
//     content and can be cached for a year;
//   - it is not an http.Handler, so go-app never serves /web/ itself
//     (PrefixedLocation's nil handler panics there).
type resolver struct {
	base   string            // "/" or "/explorer/"
	hashes map[string]string // "/web/app.css" → content hash
}

func (r resolver) Resolve(loc string) string {
	if !strings.HasPrefix(loc, "/") || strings.HasPrefix(loc, "//") {
		return loc
	}
	if loc == "/" {
		return r.base
	}
	if h, ok := r.hashes[loc]; ok {
		loc += "?v=" + h
	}
	return strings.TrimSuffix(r.base, "/") + loc
}
