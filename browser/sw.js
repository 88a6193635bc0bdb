// The service worker: keeps a copy of the whole site for use offline. Not bundled:
// macros/offline.py writes it into the built site as sw.js, after a first line that
// defines PRECACHE = {version, files} (every page and asset; a new build, a new version).
const CACHE = `gespreksklaar-${PRECACHE.version}`;

self.addEventListener("install", (event) => {
  // "reload": the copy comes from the server, never from an older HTTP cache.
  const requests = PRECACHE.files.map((file) => new Request(file, { cache: "reload" }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith("gespreksklaar-") && name !== CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      // The first version takes over the open page at once, so it works offline
      // without a reload; a later one only activates when the reader chose to reload.
      .then(() => self.clients.claim()),
  );
});

// The page sends this when the reader chooses to load the new version.
self.addEventListener("message", (event) => {
  if (event.data === "skipWaiting") self.skipWaiting();
});

// The copy first: it matches the version the page came with. Anything else goes to the
// network; offline, a page that is not in the copy gets the site's 404 page.
self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || new URL(request.url).origin !== location.origin) return;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request, { ignoreSearch: true }).then(
        (copy) =>
          copy ||
          fetch(request).catch((error) => {
            if (request.mode === "navigate") return cache.match("404.html");
            throw error;
          }),
      ),
    ),
  );
});
