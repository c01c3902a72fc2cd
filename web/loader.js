// Drives the slim loader bar (loader.css). The server sets go-app's
// documented LoadingLabel to "{progress}", so go-app writes the bare
// progress, 0 to 100, into the loader's label, or the error when loading
// fails. This puts the number into the CSS variable --goapp-progress and
// the ARIA progressbar values, and shows the label as a banner when it
// holds an error. The style is set through the CSSOM, which the content
// security policy allows without 'unsafe-inline'. go-app removes the
// loader once app.wasm runs.
(function () {
  "use strict";
  const loader = document.getElementById("app-wasm-loader");
  const label = document.getElementById("app-wasm-loader-label");
  if (!loader || !label) {
    return;
  }
  // go-app's loader is an <aside>, which may not be a progressbar: it
  // becomes a plain container, and its label (a <p>) the progress bar.
  loader.setAttribute("role", "none");
  label.setAttribute("role", "progressbar");
  label.setAttribute("aria-label", "Loading the interactive version");
  label.setAttribute("aria-valuemin", "0");
  label.setAttribute("aria-valuemax", "100");

  const update = function () {
    const text = label.textContent.trim();
    const progress = text === "" ? NaN : Number(text);
    if (Number.isFinite(progress)) {
      const v = Math.min(100, Math.max(0, progress));
      loader.style.setProperty("--goapp-progress", String(v));
      label.setAttribute("aria-valuenow", String(v));
      label.setAttribute("aria-valuetext", "Loading the interactive version: " + v + "%");
      loader.classList.remove("goapp-failed");
    } else if (text !== "") {
      loader.classList.add("goapp-failed");
      label.setAttribute("role", "alert");
      ["aria-label", "aria-valuemin", "aria-valuemax", "aria-valuenow", "aria-valuetext"].forEach(function (a) { label.removeAttribute(a); });
    }
  };
  // go-app rewrites the label for every chunk it downloads: apply at
  // most one change per frame, and only when the value changed.
  let scheduled = false;
  let last = "";
  const schedule = function () {
    if (scheduled) {
      return;
    }
    scheduled = true;
    requestAnimationFrame(function () {
      scheduled = false;
      const text = label.textContent;
      if (text !== last) {
        last = text;
        update();
      }
    });
  };
  update();
  new MutationObserver(schedule).observe(label, {
    childList: true,
    characterData: true,
    subtree: true,
  });
})();
