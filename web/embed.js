/* Landmine Policy Explorer embed script.
   <script src="https://HOST/web/embed.js" data-start="/ask/use" data-theme="auto"></script>
   Inserts a sandboxed iframe where the script stands and sizes it to its
   content. Options (data-*): start (a wizard path, default /ask, or
   /explore for the whole policy), lang (en, fr, es, ar, uk, ko; default
   en: the frame's pages in that language, /fr/embed/… ), theme
   (light, dark, auto), accent (#rrggbb), max-height (pixels), title, and
   origin (the only origin whose messages are accepted; default: this
   script's origin). Each script tag makes one independent embed.
   Protocol: docs/EMBEDDING.md. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) { return; }
  var explorer = new URL(script.src).origin;
  var d = script.dataset;
  var start = /^(\/ask(\/[a-z0-9-]+)*|\/explore)$/.test(d.start || "") ? d.start : "/ask";
  // The explorer's languages (components' route table); English has no
  // prefix. An unknown value is a mistake on the host page: say so, and
  // embed the English pages.
  var langs = ["en", "fr", "es", "ar", "uk", "ko"];
  var lang = d.lang === undefined || d.lang === "" ? "en" : String(d.lang).toLowerCase();
  if (langs.indexOf(lang) < 0) {
    if (window.console) { console.warn("Landmine Policy Explorer embed: data-lang=\"" + d.lang + "\" is not one of " + langs.join(", ") + "; using en"); }
    lang = "en";
  }
  var prefix = lang === "en" ? "" : "/" + lang;
  var accept = d.origin || explorer;
  var maxHeight = parseInt(d.maxHeight, 10) > 0 ? parseInt(d.maxHeight, 10) : 0;

  var params = new URLSearchParams();
  params.set("host", window.location.origin);
  if (/^(light|dark|auto)$/.test(d.theme || "")) { params.set("theme", d.theme); }
  if (/^#[0-9a-fA-F]{6}$/.test(d.accent || "")) { params.set("accent", d.accent); }

  var frame = document.createElement("iframe");
  // The language goes before the embed prefix: /fr/embed/ask/use.
  var src = new URL(explorer + "/embed" + start + "?" + params.toString());
  src.pathname = prefix + src.pathname;
  frame.src = src.href;
  frame.title = d.title || "Landmine Policy Explorer: U.S. landmine policy and the Ottawa Convention";
  frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox");
  frame.setAttribute("loading", "lazy");
  frame.setAttribute("referrerpolicy", "no-referrer");
  frame.className = "apl-explorer-embed";
  frame.style.cssText = "display:block;width:100%;border:0;height:" + (maxHeight && maxHeight < 600 ? maxHeight : 600) + "px";
  script.parentNode.insertBefore(frame, script.nextSibling);

  window.addEventListener("message", function (e) {
    if (e.source !== frame.contentWindow || e.origin !== accept) { return; }
    var m = e.data;
    if (!m || typeof m.type !== "string" || m.type.indexOf("apl-explorer:") !== 0) { return; }
    if (m.type === "apl-explorer:resize" && typeof m.height === "number" && m.height > 0) {
      var h = Math.ceil(m.height);
      if (maxHeight && h > maxHeight) { h = maxHeight; }
      frame.style.height = h + "px";
    }
    // Let the host page listen: frame.addEventListener("apl-explorer", …).
    frame.dispatchEvent(new CustomEvent("apl-explorer", { detail: m, bubbles: true }));
  });
})();
