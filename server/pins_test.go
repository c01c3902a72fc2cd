package server

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// pinHandler is a go-app handler with fixed settings: the app.js it
// generates depends on go-app's template only.
func pinHandler() *app.Handler {
	return &app.Handler{Name: "pin", Version: "pin", Resources: resolver{base: "/"}}
}

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// TestGoAppFilesPinned fails when a go-app upgrade changes a file the
// site takes over or changes: the message says what to re-check.
func TestGoAppFilesPinned(t *testing.T) {
	if got := sha256Hex([]byte(app.DefaultAppWorkerJS)); got != goAppWorkerSHA256 {
		t.Errorf("go-app's DefaultAppWorkerJS changed (sha256 %s, worker.js was written from %s).\n"+
			"Compare the new default with server/worker.js, carry over what go-app changed "+
			"(and check the offline fixes listed at the top of worker.js are still needed), "+
			"then set goAppWorkerSHA256 in server/worker.go to the new sum.", got, goAppWorkerSHA256)
	}
	rec := httptest.NewRecorder()
	pinHandler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/app.js", nil))
	if got := sha256Hex(rec.Body.Bytes()); got != goAppJSSHA256 {
		t.Errorf("go-app's app.js changed (sha256 %s, appJSPatches were written against %s).\n"+
			"Read the new app.js (go-app's pkg/app/gen/scripts.go), check that each of appJSPatches in "+
			"server/appjs.go still does what its why says (deferred start, first install not an update) "+
			"and that loader.js still gets the bare {progress} number, then set goAppJSSHA256 to the new sum.", got, goAppJSSHA256)
	}
}

// A go-app app.js without an anchor, or with one twice, is refused.
func TestAppJSAnchorsAsserted(t *testing.T) {
	rec := httptest.NewRecorder()
	pinHandler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/app.js", nil))
	src := rec.Body.String()
	if _, err := patchAppJS([]byte(src)); err != nil {
		t.Fatalf("go-app's app.js does not take the patches: %v", err)
	}
	for _, p := range appJSPatches {
		if _, err := patchAppJS([]byte(src + "\n" + p.old)); err == nil {
			t.Errorf("anchor of %q present twice, but no error", p.why)
		}
	}
	if _, err := patchAppJS([]byte("// go-app changed")); err == nil {
		t.Error("a missing anchor was not reported")
	}
}
