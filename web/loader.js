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
  // Its words are the page's catalog's (components/layout.go: data-loading
  // and data-loading-value on the site's root element, "{n}" the percent).
  const site = document.querySelector("[data-loading]");
  const words = site ? site.dataset.loading : "";
  const valueWords = site ? site.dataset.loadingValue : "";
  label.setAttribute("aria-label", words);
  label.setAttribute("aria-valuemin", "0");
  label.setAttribute("aria-valuemax", "100");

  const update = function () {
    const text = label.textContent.trim();
    const progress = text === "" ? NaN : Number(text);
    if (Number.isFinite(progress)) {
      const v = Math.min(100, Math.max(0, progress));
      loader.style.setProperty("--goapp-progress", String(v));
      label.setAttribute("aria-valuenow", String(v));
      label.setAttribute("aria-valuetext", valueWords.replace("{n}", String(v)));
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

// The footer's offline state (#offline-state, components/layout.go). It
// says "Ready offline" only when the service worker reports that every
// file, app.wasm included, is in its cache (server/worker.js,
// apl:offline); "Saving for offline use…" once the app has started and
// until then; and, on a connection that saves data, where nothing is
// downloaded by itself (server/appjs.go), it offers a button that starts
// the download, with its size. go-app draws the body again when app.wasm
// takes over, so the state is drawn again whenever the body changes.
(function () {
  "use strict";
  if (!("serviceWorker" in navigator) || typeof goappGetenv !== "function") {
    return;
  }
  let ready = false;
  const size = function () {
    const b = Number(goappGetenv("APL_WASM_BYTES") || 0);
    return b > 0 ? (b / 1e6).toLocaleString(document.documentElement.lang || undefined, { maximumFractionDigits: 1 }) + " MB" : "";
  };
  const draw = function () {
    const el = document.getElementById("offline-state");
    if (!el) {
      return;
    }
    let state = "";
    if (ready) {
      state = "ready";
    } else if (window.aplStartedAt !== undefined) {
      state = "saving";
    } else if (window.aplStartPolicy === "request") {
      state = "ask";
    }
    if (el.getAttribute("data-state") === state) {
      return;
    }
    el.setAttribute("data-state", state);
    el.textContent = "";
    el.hidden = state === "";
    if (state === "ready") {
      el.textContent = el.dataset.ready;
    } else if (state === "saving") {
      el.textContent = el.dataset.saving;
    } else if (state === "ask") {
      el.appendChild(document.createTextNode(el.dataset.unsaved + " "));
      const b = document.createElement("button");
      b.type = "button";
      b.className = "offline-save";
      // The words are the page's catalog's (components/layout.go).
      b.textContent = el.dataset.save.replace("{size}", size()).replace(" ()", "");
      b.addEventListener("click", function () {
        if (window.aplStart) {
          window.aplStart();
        }
      });
      el.appendChild(b);
    }
  };
  const ask = function () {
    if (navigator.serviceWorker.controller) {
      navigator.serviceWorker.controller.postMessage({ type: "apl:offline?" });
    }
    draw();
  };
  navigator.serviceWorker.addEventListener("message", function (e) {
    const m = e.data;
    if (m && m.type === "apl:offline") {
      ready = m.ready === true && m.version === goappGetenv("GOAPP_VERSION");
      draw();
    }
  });
  navigator.serviceWorker.addEventListener("controllerchange", ask);
  navigator.serviceWorker.startMessages();
  window.addEventListener("apl-start", draw);
  let scheduled = false;
  new MutationObserver(function () {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(function () {
        scheduled = false;
        draw();
      });
    }
  }).observe(document.body, { childList: true, subtree: true });
  ask();
})();
