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
// set up at the reader's first pointer or touch that stays on the page,
// or once the page has loaded and then been idle for StartDelay; in an
// embed only at an interaction, and on a connection that saves data only
// when the reader asks (see aplStartWhenIdle). The keyboard does not
// start it: the take-over replaces the page, and focus is restored after
// it (components.focusHeading), which is smoother once than on every key.
// Once the wasm has loaded (or failed), the page asks the worker to keep
// it for offline use (worker.js, apl:precache-wasm): the worker installs
// with the small files first and takes the wasm last, from the HTTP
// cache, or resuming a cut download with a Range request.
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
  goappInitWebAssembly().finally(aplPrecacheWasm);
});

// aplPrecacheWasm asks the service worker to keep app.wasm offline, with
// this page and its language's catalog: the page loaded before the worker
// controlled it, and a language's pages are drawn offline in a saved page
// of that language with its catalog (worker.js).
function aplPrecacheWasm() {
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.ready.then(function (r) {
      if (r.active) {
        r.active.postMessage({ type: "apl:precache-wasm", keep: aplVisited() });
      }
    });
  }
}

// aplVisited is this page's address and its language's catalog, by the
// versioned address the app fetches (APL_CATALOGS, wasm/catalog).
function aplVisited() {
  const root = (goappGetenv("GOAPP_ROOT_PREFIX") || "").replace(/\/$/, "");
  const path = location.pathname.slice(root.length);
  const first = path.split("/")[1] || "";
  const versions = {};
  (goappGetenv("APL_CATALOGS") || "").split(",").forEach(function (kv) {
    const p = kv.split("=");
    versions[p[0]] = p[1];
  });
  const lang = first !== "en" && versions[first] ? first : "en";
  const out = [location.origin + location.pathname];
  if (versions[lang]) {
    out.push(location.origin + root + "/web/catalog/" + lang + ".json?v=" + versions[lang]);
  }
  return out;
}

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

// aplStartWhenIdle runs start once, as the page's situation allows (its
// choice is kept in window.aplStartPolicy):
//   - "idle": at the first pointer or touch that does not follow a link
//     away from the page (the download would be thrown away with it), or
//     once the page has loaded, APL_START_DELAY_MS have passed and the
//     main thread is idle;
//   - "interaction", in an embedded page (/embed/ in another page's
//     frame): at such a tap, or a message from the host, never by itself;
//   - "request", on a connection that asks to save data (Save-Data, or an
//     effective type of 3G or slower): only when the reader asks, with
//     the "Make available offline" button (web/loader.js calls aplStart).
// A page whose offline cache already holds app.wasm starts as on "idle":
// starting costs no download then.
function aplStartWhenIdle(start) {
  const events = ["pointerdown", "touchstart"];
  let started = false;
  const tap = function (e) {
    if (!aplLeavesPage(e)) {
      go("tap");
    }
  };
  const go = function (why) {
    if (started) {
      return;
    }
    started = true;
    events.forEach(function (e) { window.removeEventListener(e, tap, true); });
    window.aplStartedAt = performance.now();
    window.aplStartedBy = why;
    start();
    window.dispatchEvent(new Event("apl-start"));
  };
  window.aplStart = function () { go("request"); };
  const listenForTaps = function () {
    events.forEach(function (e) { window.addEventListener(e, tap, { capture: true, passive: true }); });
  };
  const delay = Number(goappGetenv("APL_START_DELAY_MS") || 0);
  const idle = function () {
    setTimeout(function () {
      if (window.requestIdleCallback) {
        window.requestIdleCallback(function () { go("idle"); }, { timeout: 1000 });
      } else {
        go("idle");
      }
    }, delay);
  };
  const onIdle = function () {
    window.aplStartPolicy = "idle";
    listenForTaps();
    if (document.readyState === "complete") {
      idle();
    } else {
      window.addEventListener("load", idle, { once: true });
    }
  };
  if (document.querySelector("[data-static]")) {
    // A prerendered-only page (components.Page.Static): app.wasm never
    // runs here; on idle, unless data is to be saved, the worker is asked
    // to keep it for the other pages, offline.
    window.aplStartPolicy = "static";
    if (!aplSavesData()) {
      const keep = function () { setTimeout(aplPrecacheWasm, Number(goappGetenv("APL_START_DELAY_MS") || 0)); };
      if (document.readyState === "complete") {
        keep();
      } else {
        window.addEventListener("load", keep, { once: true });
      }
    }
    return;
  }
  if (aplEmbedded()) {
    window.aplStartPolicy = "interaction";
    listenForTaps();
    // Messages that arrive before app.wasm runs are kept for it
    // (wasm.Start replays window.aplEarlyMessages).
    window.aplEarlyMessages = [];
    window.addEventListener("message", function (e) {
      const d = e.data;
      if (e.source === window.parent && d && typeof d.type === "string" && d.type.indexOf("apl-explorer:") === 0 &&
          Array.isArray(window.aplEarlyMessages)) {
        window.aplEarlyMessages.push(e);
        go("host");
      }
    });
  } else if (aplSavesData()) {
    window.aplStartPolicy = "request";
  } else {
    onIdle();
    return;
  }
  aplWasmCached().then(function (cached) {
    if (cached && !started) {
      onIdle();
    }
  });
}

// aplLeavesPage reports whether a pointer or touch event is on a link
// that will load another page in this window.
function aplLeavesPage(e) {
  const a = e.target && e.target.closest ? e.target.closest("a[href]") : null;
  if (!a || (a.target && a.target !== "_self") || a.hasAttribute("download") ||
      e.button > 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) {
    return false;
  }
  const u = new URL(a.href, location.href);
  return u.origin !== location.origin || u.pathname !== location.pathname || u.search !== location.search;
}

// aplEmbedded reports whether this is an embedded page in another page's
// frame.
function aplEmbedded() {
  const root = String(goappGetenv("GOAPP_ROOT_PREFIX") || "/").replace(/\/$/, "");
  return window.parent !== window && location.pathname.indexOf(root + "/embed/") === 0;
}

// aplSavesData reports whether the connection asks to save data.
function aplSavesData() {
  const c = navigator.connection;
  return Boolean(c) && (c.saveData === true || /^(slow-2g|2g|3g)$/.test(c.effectiveType || ""));
}

// aplWasmCached resolves to whether the offline cache of this version
// holds app.wasm, under a service worker that controls the page.
async function aplWasmCached() {
  try {
    if (!("caches" in window) || !navigator.serviceWorker || !navigator.serviceWorker.controller) {
      return false;
    }
    const cache = await caches.open("app-" + goappGetenv("GOAPP_VERSION"));
    const keys = await cache.keys();
    return keys.some(function (r) { return /\/web\/app\.wasm$/.test(new URL(r.url).pathname); });
  } catch (e) {
    return false;
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
