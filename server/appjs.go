package server

import (
	"fmt"
	"strings"
)

// StartDelay is how long after the page's load event, with no
// interaction, the browser app starts. Until then the prerendered page is
// fully usable (every answer is a link), and go-app's start (compiling
// app.wasm and starting the Go runtime, a second or more of main-thread
// work on a phone) stays off the critical path of the first paint and of
// the reader's first tap. A pointer or touch starts it at once.
const StartDelay = 3000 // milliseconds

// go-app's app.js comes from an unexported template with no documented
// hook, so the two changes below are textual. They are applied once, when
// the handler is built (site.goAppFiles): an anchor that is gone fails the
// start-up, never a request. goAppJSSHA256 pins the app.js they were
// written against, so a go-app upgrade that changes it fails `go test`
// first (TestGoAppFilesPinned).

// goAppJSSHA256 is the sha256 of the app.js go-app v10.1.11 generates for
// pinHandler (server/pins_test.go).
const goAppJSSHA256 = "548202db18a7d26cf39d5bd87345f792cfa0d400590efa1a47ed74e03aac77bf"

// patch is one textual change to go-app's app.js.
type patch struct {
	why      string
	old, new string
}

// appJSPatches defer go-app's start and report updates faithfully.
//
// The first defers go-app's start: the service worker and the wasm are
// set up at the reader's first pointer or touch, or once the page has
// loaded and then been idle for StartDelay. The keyboard does not start
// it: the take-over replaces the page, and focus is restored after it
// (components.focusHeading), which is smoother once than on every key.
var appJSPatches = []patch{{
	why: "go-app's start waits for the first interaction or an idle moment after load",
	old: `goappInitServiceWorker();
goappWatchForUpdate();
goappWatchForInstallable();
goappInitWebAssembly();`,
	new: `goappWatchForUpdate();
goappWatchForInstallable();
aplWatchForNewWorker();
aplStartWhenIdle(function () {
  goappInitServiceWorker();
  goappInitWebAssembly();
});

// aplWatchForNewWorker reports an update when a new service worker takes
// control of a page that an older one controlled at load. go-app only
// hears of updates found after it registers the worker, which now waits
// for the start; the browser checks for a new worker at every navigation.
function aplWatchForNewWorker() {
  if (!("serviceWorker" in navigator)) {
    return;
  }
  window.aplControlledAtLoad = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener("controllerchange", function () {
    if (window.aplControlledAtLoad) {
      goappOnUpdate();
    }
  });
}

// aplStartWhenIdle runs start once: at the first pointer or touch, or
// when the page has loaded, APL_START_DELAY_MS have passed and the main
// thread is idle.
function aplStartWhenIdle(start) {
  const events = ["pointerdown", "touchstart"];
  let started = false;
  const go = function () {
    if (started) {
      return;
    }
    started = true;
    events.forEach(function (e) { window.removeEventListener(e, go, true); });
    window.aplStartedAt = performance.now();
    start();
  };
  events.forEach(function (e) { window.addEventListener(e, go, { capture: true, passive: true }); });
  const delay = Number(goappGetenv("APL_START_DELAY_MS") || 0);
  const idle = function () {
    setTimeout(function () {
      if (window.requestIdleCallback) {
        window.requestIdleCallback(go, { timeout: 1000 });
      } else {
        go();
      }
    }, delay);
  };
  if (document.readyState === "complete") {
    idle();
  } else {
    window.addEventListener("load", idle, { once: true });
  }
}`,
}, {
	why: "go-app's first install of the worker is not an update",
	old: `      if (!navigator.serviceWorker.controller) {
        return;
      }`,
	new: `      // go-app's worker claims the page on its first install, so a
      // controller is there by now: only a page an older worker
      // controlled at load has an update.
      if (!window.aplControlledAtLoad) {
        return;
      }`,
}}

// patchAppJS applies appJSPatches to the app.js go-app generates. Each
// anchor must occur exactly once: when a go-app upgrade changes the file,
// this fails instead of silently serving it unpatched.
func patchAppJS(b []byte) ([]byte, error) {
	src := string(b)
	for _, p := range appJSPatches {
		if n := strings.Count(src, p.old); n != 1 {
			return nil, fmt.Errorf("patching go-app's app.js (%s): anchor found %d times, want 1; "+
				"go-app's app.js changed: review appJSPatches in server/appjs.go", p.why, n)
		}
		src = strings.Replace(src, p.old, p.new, 1)
	}
	return []byte(src), nil
}
