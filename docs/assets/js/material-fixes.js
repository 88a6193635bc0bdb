// Repairs to stock Material, as a classic script in <head> (it must run before Material's
// bundle, and a file needs no 'unsafe-inline' in the CSP):
// - the storage helpers __md_get/__md_set, which Material inlines; unlike the stock ones,
//   reading storage that the browser blocks (where even touching `localStorage` throws)
//   gives null instead of an uncaught error;
// - an accessible name for the search overlay, which has role="dialog" but no name.
(function () {
  var scope = document.currentScript.getAttribute("data-md-scope");
  window.__md_scope = new URL(scope, location);
  window.__md_hash = function (text) {
    return Array.from(text).reduce(function (hash, char) {
      return (hash << 5) - hash + char.charCodeAt(0);
    }, 0);
  };
  window.__md_get = function (key, storage, base) {
    try {
      storage = storage || localStorage;
      return JSON.parse(storage.getItem((base || __md_scope).pathname + "." + key));
    } catch (error) {
      return null;
    }
  };
  window.__md_set = function (key, value, storage, base) {
    try {
      storage = storage || localStorage;
      storage.setItem((base || __md_scope).pathname + "." + key, JSON.stringify(value));
    } catch (error) {
      // Storage full or blocked: the setting simply is not remembered.
    }
  };

  document.addEventListener("DOMContentLoaded", function () {
    var dialog = document.querySelector('.md-search[role="dialog"]');
    if (dialog) dialog.setAttribute("aria-label", "Zoeken");
  });
})();
