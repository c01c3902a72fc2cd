package server

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// patch is one textual change to a file go-app generates (the service
// worker's template, app.js).
type patch struct {
	why      string
	old, new string
}

// workerPatches fix what breaks offline use of the default worker
// (go-app-notes § 2, each checked in Chromium):
//   - a failing precache (one 404) left a worker in control with an empty
//     cache, because install did not use event.waitUntil;
//   - a navigation that was never cached, or that has a query string,
//     failed offline;
//   - under a sub-path the precache held "/repo" while users open "/repo/";
//     duplicates made addAll fail.
var workerPatches = []patch{
	{
		why: "precache list de-duplicated and made absolute against the scope",
		old: `const resourcesToCache = {{.ResourcesToCache}};`,
		new: `const resourcesToCache = goappAbsoluteUnique({{.ResourcesToCache}});

// goappAbsoluteUnique makes every URL absolute, maps the scope without its
// trailing slash to the scope, and drops duplicates (addAll rejects them).
function goappAbsoluteUnique(urls) {
  const scope = self.registration.scope;
  const out = urls.map((u) => {
    const abs = new URL(u, scope).href;
    return abs + "/" === scope ? scope : abs;
  });
  return [...new Set(out)];
}`,
	},
	{
		why: "install waits for the precache, so a failed precache fails the install",
		old: `self.addEventListener("install", async (event) => {
  try {
    console.log("installing app worker {{.Version}}");
    await installWorker();
    await self.skipWaiting();
  } catch (error) {
    console.error("error during installation:", error);
  }
});`,
		new: `self.addEventListener("install", (event) => {
  console.log("installing app worker {{.Version}}");
  event.waitUntil(installWorker().then(() => self.skipWaiting()));
});`,
	},
	{
		why: "activate waits for the old caches to go and for clients to be claimed",
		old: `self.addEventListener("activate", async (event) => {
  try {`,
		new: `self.addEventListener("activate", (event) => {
  event.waitUntil(activateWorker());
});

async function activateWorker() {
  try {`,
	},
	{
		why: "closes activateWorker (the activate listener is no longer an arrow function)",
		old: `    console.error("error during activation:", error);
  }
});`,
		new: `    console.error("error during activation:", error);
  }
}`,
	},
	{
		why: "requests that miss the cache go to the network; offline, assets fall back to their cached copy without the query, navigations to the cached page without its query, then to the cached app shell",
		old: `async function fetchWithCache(request) {
  const cachedResponse = await caches.match(request);
  if (cachedResponse) {
    return cachedResponse;
  }
  return await fetch(request);
}`,
		new: `async function fetchWithCache(request) {
  const cachedResponse = await caches.match(request);
  if (cachedResponse) {
    return cachedResponse;
  }
  if (request.mode !== "navigate") {
    try {
      return await fetch(request);
    } catch (err) {
      // Offline, an asset asked for without its version query (as the
      // wasm app draws it) is served from its precached, versioned copy.
      const fallback = await caches.match(request, { ignoreSearch: true });
      if (fallback) {
        return fallback;
      }
      throw err;
    }
  }
  try {
    return await fetch(request);
  } catch (err) {
    const fallback =
      (await caches.match(request, { ignoreSearch: true })) ||
      (await caches.match(self.registration.scope));
    if (fallback) {
      return fallback;
    }
    throw err;
  }
}`,
	},
}

// applyPatches applies patches to src, a file of go-app's named what.
// Each anchor must occur exactly once: when a go-app upgrade changes the
// file, this fails instead of silently serving it unpatched.
func applyPatches(what, src string, patches []patch) (string, error) {
	for _, p := range patches {
		if n := strings.Count(src, p.old); n != 1 {
			return "", fmt.Errorf("patching go-app's %s (%s): anchor found %d times, want 1; go-app's file changed, review the patches", what, p.why, n)
		}
		src = strings.Replace(src, p.old, p.new, 1)
	}
	return src, nil
}

// workerTemplate returns go-app's service-worker template with
// workerPatches applied.
func workerTemplate(src string) (string, error) {
	return applyPatches("service worker", src, workerPatches)
}

// defaultWorkerTemplate is the patched app.DefaultAppWorkerJS.
func defaultWorkerTemplate() (string, error) {
	return workerTemplate(app.DefaultAppWorkerJS)
}
