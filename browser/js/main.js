// Entry point of the site's own browser code, bundled with the modules it imports into
// docs/assets/gespreksklaar.js (tools/assets/build). Material's document$ emits after
// every page load, including instant navigation, so each part sets up the page it finds.
import { setupTypes } from "./conversation-type.js";
import { followPage, setupLanguageSwitch } from "./language-switch.js";
import { setupOffline } from "./offline.js";
import { setupPrint } from "./print.js";
import { setupChecklists, setupForms } from "./remember.js";
import { shared } from "./text.js";
import TOOL_MODULES from "./tool-modules.js";
import { el } from "./ui.js";

const parts = [
  [".gk-checklist, [data-checklist-progress]", setupChecklists],
  [".gk-form", setupForms],
  // After the checklists, which then count only the entries for the chosen meeting.
  ["[data-type-choice], [data-types], [data-type-only]", setupTypes],
  ["[data-gk-tasks]", () => import("./tasks.js").then(({ setupTasks }) => setupTasks())],
  ["#gk-manifest", () => import("./data-tools.js").then(({ setupDataTools }) => setupDataTools())],
  [".gk-to-points", () => import("./to-points.js").then(({ setup }) => setup())],
  ["[data-saved-view]", () => import("./saved-view.js").then(({ setup }) => setup())],
];

// A tool's root names its module in browser/js/tools/ (data-gk-module, from
// macros/tools_registry.py): it loads only on that page, as a chunk of its own.
const loadTool = (name) => TOOL_MODULES[name]?.() ?? Promise.reject();

// The header with the search field stays through instant navigation: set up once.
// Nothing of search loads before the reader focuses the field or presses "/".
function setupSearch() {
  const box = document.querySelector("[data-gk-search]");
  if (!box) return;
  const input = box.querySelector("input");
  const load = () => {
    if (box.dataset.ready) return;
    box.dataset.ready = "loading";
    import("./search.js").then(({ setup }) => setup(box));
  };
  input.addEventListener("focus", load);
  document.addEventListener("keydown", (event) => {
    const typing = event.target.closest?.("input, textarea, select, [contenteditable]");
    if (event.key !== "/" || typing || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    input.focus();
  });
}

setupOffline();
setupSearch();
setupLanguageSwitch();

// Until its module runs, a tool's form must not post (the CSP would stop it anyway).
const hold = (event) =>
  event.target.closest("[data-ready]")?.dataset.ready !== "true" && event.preventDefault();
addEventListener("submit", hold, true);

// A module that did not load (offline, a new release on the server): say so in the tool.
function failed(root) {
  root.dataset.ready = "failed";
  const say = shared();
  root.prepend(
    el(
      "p",
      { class: "gk-message gk-message--error", role: "alert" },
      el("strong", {}, say("let-op")),
      " ",
      say("niet-geladen"),
    ),
  );
}

// When all are set up, <html data-gk-ready> holds the page's path (tests wait for it;
// after an instant navigation the path tells the new page from the old).
document$.subscribe(() => {
  delete document.documentElement.dataset.gkReady;
  followPage();
  setupPrint();
  const loading = [];
  for (const [selector, setup] of parts)
    if (document.querySelector(selector)) loading.push(setup());
  for (const root of document.querySelectorAll("[data-gk-module]")) {
    if (root.dataset.ready) continue;
    root.dataset.ready = "loading";
    loading.push(
      loadTool(root.dataset.gkModule).then(
        ({ setup }) => {
          setup(root);
          root.dataset.ready = "true";
        },
        () => failed(root),
      ),
    );
  }
  const path = location.pathname;
  Promise.allSettled(loading).then(() => (document.documentElement.dataset.gkReady = path));
});
