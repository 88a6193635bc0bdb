// Material's storage helpers __md_get/__md_set, which Material inlines in <head>. As a
// file the CSP needs no 'unsafe-inline'; and unlike the stock ones, reading storage that
// the browser blocks (where even touching `localStorage` throws) gives null instead of an
// uncaught error. A classic script: Material's bundle expects these globals before it runs.
// It also marks <html> with gk-js, for parts of the page that need JavaScript.
(() => {
  // CSS then shows parts that need JavaScript from the first paint, so nothing shifts.
  document.documentElement.classList.add("gk-js");
  var scope = document.currentScript.getAttribute("data-md-scope");
  window.__md_scope = new URL(scope, location);
  window.__md_hash = (text) =>
    Array.from(text).reduce((hash, char) => (hash << 5) - hash + char.charCodeAt(0), 0);
  window.__md_get = (key, storage, base) => {
    try {
      storage = storage || localStorage;
      return JSON.parse(storage.getItem(`${(base || __md_scope).pathname}.${key}`));
    } catch (_error) {
      return null;
    }
  };
  window.__md_set = (key, value, storage, base) => {
    try {
      storage = storage || localStorage;
      storage.setItem(`${(base || __md_scope).pathname}.${key}`, JSON.stringify(value));
    } catch (_error) {
      // Storage full or blocked: the setting simply is not remembered.
    }
  };
})();
