/* Landmine Policy Explorer: the script of every embedded page (/embed/…).
   It sizes the host's frame to the content (docs/EMBEDDING.md, message
   apl-explorer:resize) from the first paint, whether or not app.wasm has
   started, so the frame never shows a scroll bar of its own; and it
   remembers the host's origin (the host query parameter set by embed.js)
   for the pages the reader opens next, whose address no longer carries it;
   and, until app.wasm runs, it keeps the reader's steps out of the host's
   history.
   The page loads it as a file (the CSP allows no inline script). After
   app.wasm starts, go-app draws the page again and this script may run a
   second time: it then does nothing. */
(function () {
  "use strict";
  if (window.aplEmbedFrame || window.parent === window) { return; }
  window.aplEmbedFrame = true;
  var key = "apl-explorer:host";
  var host = "";
  try {
    var h = new URLSearchParams(window.location.search).get("host") || "";
    var u = h ? new URL(h) : null;
    if (u && (u.protocol === "https:" || u.protocol === "http:") && u.origin === h) {
      host = u.origin;
      window.sessionStorage.setItem(key, host);
    } else {
      host = window.sessionStorage.getItem(key) || "";
    }
  } catch (e) { host = ""; }
  if (host && !window.aplEmbedHost) { window.aplEmbedHost = host; }

  var last = 0;
  function report() {
    var site = document.querySelector(".site");
    if (!site) { return; }
    var height = Math.ceil(site.getBoundingClientRect().height);
    if (height <= 0 || height === last) { return; }
    last = height;
    window.parent.postMessage({ type: "apl-explorer:resize", height: height }, window.aplEmbedHost || "*");
  }
  report();
  if (window.ResizeObserver) {
    new ResizeObserver(report).observe(document.body);
  } else {
    window.addEventListener("resize", report);
    setInterval(report, 500);
  }
  window.addEventListener("load", report);

  // Before app.wasm runs (go-app's loader is still there), a link to
  // another embedded page replaces the frame's address instead of adding
  // to the history the host page shares; once it runs, the app does the
  // same (wasm.Start) and stops the click before it gets here.
  var root = window.location.pathname.slice(0, Math.max(0, window.location.pathname.indexOf("/embed/")));
  document.addEventListener("click", function (e) {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey ||
        !document.getElementById("app-wasm-loader")) { return; }
    var a = e.target && e.target.closest ? e.target.closest("a[href]") : null;
    if (!a || (a.target && a.target !== "_self") || a.origin !== window.location.origin ||
        a.pathname.indexOf(root + "/embed/") !== 0 ||
        (a.pathname === window.location.pathname && a.search === window.location.search)) { return; }
    e.preventDefault();
    window.location.replace(a.href);
  });
})();
