// Drives the slim loader bar (loader.css). go-app only rewrites the
// loader's label ("… 42%"); this reads the number back into the CSS
// variable --goapp-progress and the ARIA progressbar values, and shows the
// label as a banner when it holds an error instead of a percentage. The
// style is set through the CSSOM, which the content security policy allows
// without 'unsafe-inline'. go-app removes the loader once app.wasm runs.
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
    const m = /(\d+)%$/.exec(text);
    if (m) {
      const v = Math.min(100, Number(m[1]));
      loader.style.setProperty("--goapp-progress", String(v));
      label.setAttribute("aria-valuenow", String(v));
      loader.classList.remove("goapp-failed");
    } else if (text !== "") {
      loader.classList.add("goapp-failed");
      label.setAttribute("role", "alert");
      ["aria-label", "aria-valuemin", "aria-valuemax", "aria-valuenow"].forEach(function (a) { label.removeAttribute(a); });
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
