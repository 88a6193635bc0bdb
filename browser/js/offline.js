// The offline copy: registers the service worker (sw.js in the site's root, written by the
// build) and offers the reader a new version when one waits, instead of swapping the site
// under them. Marks <html> with data-gk-offline="ready" once a worker controls the page.

export function setupOffline() {
  const header = document.querySelector("[data-gk-root]");
  if (!("serviceWorker" in navigator) || !header) return;
  const root = new URL(header.dataset.gkRoot, location.href);
  const workers = navigator.serviceWorker;
  let chosen = false;

  workers.addEventListener("controllerchange", () => {
    if (chosen) location.reload();
    else markReady();
  });
  const register = () =>
    workers
      .register(new URL("sw.js", root), { scope: root.pathname })
      .then((registration) => {
        offer(registration);
        registration.addEventListener("updatefound", () => {
          const worker = registration.installing;
          worker.addEventListener("statechange", () => offer(registration));
        });
      })
      // No worker (a build without one, or blocked by the browser): the site works online.
      .catch(() => {});
  if (document.readyState === "complete") register();
  else addEventListener("load", register, { once: true }); // after the page's own requests
  workers.ready.then(markReady);

  // Only a worker that replaces one that controls this page is an update.
  function offer(registration) {
    const waiting = registration.waiting;
    const notice = document.querySelector("[data-gk-update]");
    if (!waiting || !workers.controller || !notice) return;
    notice.hidden = false;
    notice.querySelector("button").onclick = () => {
      chosen = true;
      waiting.postMessage("skipWaiting");
    };
  }
}

function markReady() {
  if (navigator.serviceWorker.controller) document.documentElement.dataset.gkOffline = "ready";
}
