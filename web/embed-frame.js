/* Landmine Policy Explorer: the script of every embedded page (/embed/…).
   It sizes the host's frame to the content (docs/EMBEDDING.md, message
   apl-explorer:resize) from the first paint, whether or not app.wasm has
   started, so the frame never shows a scroll bar of its own; and it
   remembers the host's origin (the host query parameter set by embed.js)
   for the pages the reader opens next, whose address no longer carries it.
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
})();
