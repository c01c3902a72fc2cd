// The explorer's service worker: the handler's ServiceWorkerTemplate
// (server/worker.go). It is go-app v10.1.11's DefaultAppWorkerJS with what
// breaks offline use fixed (docs/ARCHITECTURE.md, the server; each checked in Chromium):
//   - the precache list is made absolute against the scope and
//     de-duplicated: under a sub-path go-app lists "/repo" while users open
//     "/repo/", and addAll rejects duplicates;
//   - install and activate wait (event.waitUntil) for the precache and the
//     clean-up, so a failed precache (one 404) fails the install instead of
//     leaving a worker in control with an empty cache;
//   - app.wasm, by far the largest file, is cached last and apart: the
//     worker installs (and takes control) with the small files, the app
//     shell and the main pages; app.wasm follows when a page asks
//     (apl:precache-wasm, after its own download, so it comes from the
//     HTTP cache, or resumes a cut download with a Range request) or when
//     a page's request for it passes through; a version with the same
//     app.wasm takes it from the older cache;
//   - a request that misses the cache goes to the network, and a page
//     loaded that way is kept; offline, an asset falls back to its cached
//     copy without the query, a navigation to the cached page without its
//     query, then to the app shell when app.wasm is there to draw the
//     page, else to a saved page of the same language for app.wasm to
//     draw in, else to that language's offline page, which says what
//     works offline;
//   - pages are told (apl:offline) whether everything is in the cache, so
//     that the footer says "Ready offline" only when it is true
//     (web/loader.js).
// go-app fills {{.Version}} and {{.ResourcesToCache}}. When go-app's
// default worker changes, TestGoAppWorkerPinned fails: compare the new
// DefaultAppWorkerJS with this file and carry the changes over.
// -----------------------------------------------------------------------------
// PWA
// -----------------------------------------------------------------------------
const cacheName = "app-" + "{{.Version}}";
const resourcesToCache = goappAbsoluteUnique({{.ResourcesToCache}});

// goappAbsoluteUnique makes every URL absolute, maps the scope without its
// trailing slash to the scope, and drops duplicates (addAll rejects them).
function goappAbsoluteUnique(urls) {
  const scope = self.registration.scope;
  const out = urls.map((u) => {
    const abs = new URL(u, scope).href;
    return abs + "/" === scope ? scope : abs;
  });
  return [...new Set(out)];
}

// isFile reports whether a URL is the file at path p of web/.
function isFile(u, p) {
  return new URL(u).pathname.endsWith("/web/" + p);
}
const wasmURL = resourcesToCache.find((u) => isFile(u, "app.wasm")) || "";
// The languages are those with an offline page (server/offline.go);
// English is the unprefixed one.
const offlinePages = new Map(
  resourcesToCache
    .map((u) => [u, new URL(u).pathname.match(/\/web\/offline-([a-z-]+)\.html$/)])
    .filter(([, m]) => m)
    .map(([u, m]) => [m[1], u])
);

// languageOf is the language of a page's URL: its first segment below
// the scope when that names a language, else English ("").
function languageOf(url) {
  const first = url.slice(self.registration.scope.length).split("/")[0];
  return first !== "en" && offlinePages.has(first) ? first : "";
}
const smallResources = resourcesToCache.filter((u) => u !== wasmURL);

self.addEventListener("install", (event) => {
  console.log("installing app worker {{.Version}}");
  event.waitUntil(installWorker().then(() => self.skipWaiting()));
});

async function installWorker() {
  const cache = await caches.open(cacheName);
  await cache.addAll(smallResources);
}

// precacheWasm keeps app.wasm in the cache, once, and tells the pages.
let wasmPending = null;
async function precacheWasm() {
  const cache = await caches.open(cacheName);
  if (wasmURL && !(await cache.match(wasmURL))) {
    wasmPending = wasmPending || cache.add(wasmURL).finally(() => (wasmPending = null));
    try {
      await wasmPending;
    } catch (err) {
      console.log("app.wasm not cached yet:", err.message);
    }
  }
  await tellPages();
}

// keepVisited saves the page that asked and its language's catalog (same
// origin only): pages load before the worker controls them, so a first
// visit would otherwise leave its language unsaved.
async function keepVisited(urls) {
  if (!Array.isArray(urls)) {
    return;
  }
  const cache = await caches.open(cacheName);
  for (const u of urls) {
    try {
      const url = new URL(u);
      if (url.origin === self.location.origin && !(await cache.match(url.href))) {
        await cache.add(url.href);
      }
    } catch (err) {
      console.log("not kept:", u, err.message);
    }
  }
}

// offlineReady reports whether every precached file, app.wasm included,
// is in the cache.
async function offlineReady() {
  const cache = await caches.open(cacheName);
  const have = new Set((await cache.keys()).map((r) => r.url));
  return resourcesToCache.every((u) => have.has(u));
}

async function tellPages() {
  const ready = await offlineReady();
  for (const c of await self.clients.matchAll({ type: "window", includeUncontrolled: true })) {
    c.postMessage({ type: "apl:offline", ready: ready, version: "{{.Version}}" });
  }
}

self.addEventListener("message", (event) => {
  const msg = event.data;
  if (msg && msg.type === "apl:precache-wasm") {
    event.waitUntil(keepVisited(msg.keep).then(precacheWasm));
  } else if (msg && msg.type === "apl:offline?") {
    event.waitUntil(tellPages());
  }
});

self.addEventListener("activate", (event) => {
  event.waitUntil(activateWorker());
});

async function activateWorker() {
  try {
    await keepWasm();
    await deletePreviousCaches(); // Await cache cleanup
    await self.clients.claim(); // Ensure the service worker takes control of the clients
    console.log("app worker {{.Version}} is activated");
  } catch (error) {
    console.error("error during activation:", error);
  }
}

// keepWasm takes app.wasm from an older version's cache when it is the
// same file (same URL, same content hash): no second download.
async function keepWasm() {
  const cache = await caches.open(cacheName);
  if (!wasmURL || (await cache.match(wasmURL))) {
    return;
  }
  const old = await caches.match(wasmURL);
  if (old) {
    await cache.put(wasmURL, old);
  }
}

async function deletePreviousCaches() {
  const keys = await caches.keys();
  await Promise.all(
    keys.map(async (key) => {
      if (key !== cacheName) {
        try {
          console.log("deleting", key, "cache");
          await caches.delete(key);
        } catch (err) {
          console.error("deleting", key, "cache failed:", err);
        }
      }
    })
  );
}

self.addEventListener("fetch", (event) => {
  event.respondWith(fetchWithCache(event));
});

// keep puts a copy of a complete, same-origin answer into the cache.
function keep(event, request, response) {
  if (response.status === 200 && new URL(request.url).origin === self.location.origin) {
    // Keep pages, app.wasm, and a language's catalog when a page in it
    // fetches it: each visited language is then drawn offline.
    const copy = response.clone();
    event.waitUntil(
      caches.open(cacheName)
        .then((cache) => cache.put(request, copy))
        .then(() => (request.url === wasmURL ? tellPages() : undefined))
        .catch((err) => console.log("not kept:", request.url, err.message))
    );
  }
  return response;
}

async function fetchWithCache(event) {
  const request = event.request;
  const cachedResponse = await caches.match(request);
  if (cachedResponse) {
    return cachedResponse;
  }
  if (request.mode !== "navigate") {
    try {
      const response = await fetch(request);
      const catalog = new URL(request.url).pathname.includes("/web/catalog/");
      return request.url === wasmURL || catalog ? keep(event, request, response) : response;
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
    return keep(event, request, await fetch(request));
  } catch (err) {
    const lang = languageOf(request.url);
    const fallback =
      (await caches.match(request, { ignoreSearch: true })) ||
      ((await caches.match(wasmURL)) && (await shell(lang))) ||
      (await offlinePage(lang));
    if (fallback) {
      return fallback;
    }
    throw err;
  }
}

// shell is a saved page in a language for the app to draw another page
// of that language in: the language's home, or any saved page in it, so
// that the first paint has the page's language and direction. The app
// needs the language's catalog too; without it, no shell.
async function shell(lang) {
  const scope = self.registration.scope;
  if (!lang) {
    return caches.match(scope);
  }
  const cache = await caches.open(cacheName);
  const keys = await cache.keys();
  if (!keys.some((r) => new URL(r.url).pathname.endsWith("/web/catalog/" + lang + ".json"))) {
    return undefined;
  }
  const home = await cache.match(scope + lang + "/");
  if (home) {
    return home;
  }
  const page = keys.find((r) => r.url.startsWith(scope + lang + "/") && !r.url.includes("/embed/"));
  return page ? cache.match(page) : undefined;
}

// offlinePage is the language's offline page (server/offline.go) for a
// page that is neither cached nor drawable, its links made relative to
// the scope: it is shown at the address asked for.
async function offlinePage(lang) {
  const url = offlinePages.get(lang || "en");
  const page = url && (await caches.match(url));
  if (!page) {
    return caches.match(self.registration.scope);
  }
  const html = (await page.text()).replace('<base href="/">', '<base href="' + self.registration.scope + '">');
  const headers = new Headers(page.headers);
  ["Content-Length", "Content-Encoding", "ETag"].forEach((h) => headers.delete(h));
  return new Response(html, { status: 200, headers: headers });
}

// -----------------------------------------------------------------------------
// Push Notifications
// -----------------------------------------------------------------------------
self.addEventListener("push", (event) => {
  event.waitUntil((async () => {
    let notification;

    try {
      notification = event.data ? event.data.json() : null;
    } catch {
      notification = null;
    }

    if (!notification) {
      return;
    }

    await showNotification(self.registration, notification);
  })());
});

self.addEventListener("message", (event) => {
  const msg = event.data;
  if (!msg || msg.type !== "goapp:notify") {
    return;
  }

  event.waitUntil(
    showNotification(self.registration, msg.options)
  );
});

async function showNotification(registration, notification) {
  const title = notification.title || "Notification";

  let actions = [];
  for (let i in notification.actions) {
    const action = notification.actions[i];
    actions.push({
      action: action.action,
      path: action.path,
    });
    delete action.path;
  }

  await registration.showNotification(title, {
    body: notification.body,
    icon: notification.icon,
    badge: notification.badge,
    actions: notification.actions,
    data: {
      goapp: {
        path: notification.path,
        actions: actions
      }
    }
  });
}

self.addEventListener("notificationclick", (event) => {
  event.notification.close();

  const notification = event.notification;
  let path = notification.data.goapp.path;

  for (let i in notification.data.goapp.actions) {
    const action = notification.data.goapp.actions[i];
    if (action.action === event.action) {
      path = action.path;
      break;
    }
  }

  event.waitUntil(
    clients
      .matchAll({
        type: "window",
      })
      .then((clientList) => {
        for (var i = 0; i < clientList.length; i++) {
          let client = clientList[i];
          if ("focus" in client) {
            client.focus();
            client.postMessage({
              goapp: {
                type: "notification",
                path: path,
              },
            });
            return;
          }
        }

        if (clients.openWindow) {
          return clients.openWindow(path);
        }
      })
  );
});