// Package e2e holds the explorer's browser tests: the real server
// (server.Handler) and the real app.wasm, driven in Debian's Chromium with
// chromedp. Everything is in the _test.go files; this file only names the
// package so that `go build ./...` and `go vet ./...` see it.
//
// Needs: Chromium (apt-get install -y chromium) and axe-core
// (npm ci, at the repository root). Run:
//
//	go test ./e2e -count=1 -v
//	go test ./e2e -run 'TestWalkEveryOutcome/use/apl/korea' -v
//
// Screenshots go to test-output/screenshots/ at the repository root.
package e2e
