// Entry point of the site's own browser code, bundled with the modules it imports into
// docs/assets/gespreksklaar.js (tools/assets/build). Material's document$ emits after
// every page load, including instant navigation, so each part sets up the page it finds.
import { setupPrint } from "./print.js";
import { setupChecklists, setupForms } from "./remember.js";

const parts = [
  [".gk-checklist, [data-checklist-progress]", setupChecklists],
  [".gk-form", setupForms],
  ["#gk-manifest", () => import("./data-tools.js").then(({ setupDataTools }) => setupDataTools())],
  [".gk-to-points", () => import("./to-points.js").then(({ setup }) => setup())],
];

// The tools, each on its own page: their modules load only there (tools/assets/build
// makes each a chunk of its own).
const tools = [
  ["[data-gk-planner]", () => import("./planner.js")],
  ["[data-gk-smart]", () => import("./smart.js")],
  ["[data-gk-feedback]", () => import("./feedback-builder.js")],
  ["[data-gk-successes]", () => import("./successes.js")],
  ["[data-gk-points]", () => import("./bespreekpunten.js")],
  ["[data-gk-card]", () => import("./gesprekskaart.js")],
];

document$.subscribe(() => {
  setupPrint();
  for (const [selector, setup] of parts) if (document.querySelector(selector)) setup();
  for (const [selector, load] of tools) {
    const root = document.querySelector(selector);
    if (!root || root.dataset.ready) continue;
    root.dataset.ready = "loading";
    load().then(({ setup }) => {
      setup(root);
      root.dataset.ready = "true";
    });
  }
});
