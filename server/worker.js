// The explorer's service worker: the handler's ServiceWorkerTemplate
// (server/worker.go). It is go-app v10.1.11's DefaultAppWorkerJS with what
// breaks offline use fixed (docs/ARCHITECTURE.md, the server; each checked in Chromium):
//   - the precache list is made absolute against the scope and
//     de-duplicated: under a sub-path go-app lists "/repo" while users open
//     "/repo/", and addAll rejects duplicates;
//   - install and activate wait (event.waitUntil) for the precache and the
//     clean-up, so a failed precache (one 404) fails the install instead of
//     leaving a worker in control with an empty cache;
//   - a request that misses the cache goes to the network; offline, an
//     asset falls back to its cached copy without the query, a navigation
//     to the cached page without its query, then to the cached app shell.
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

self.addEventListener("install", (event) => {
  console.log("installing app worker {{.Version}}");
  event.waitUntil(installWorker().then(() => self.skipWaiting()));
});

async function installWorker() {
  const cache = await caches.open(cacheName);
  await cache.addAll(resourcesToCache);
}

self.addEventListener("activate", (event) => {
  event.waitUntil(activateWorker());
});

async function activateWorker() {
  try {
    await deletePreviousCaches(); // Await cache cleanup
    await self.clients.claim(); // Ensure the service worker takes control of the clients
    console.log("app worker {{.Version}} is activated");
  } catch (error) {
    console.error("error during activation:", error);
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
  event.respondWith(fetchWithCache(event.request));
});

async function fetchWithCache(request) {
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