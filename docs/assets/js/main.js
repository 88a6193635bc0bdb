// Entry point of the site's own browser code. Material's document$ emits after every
// page load, including instant navigation, so each module sets up the page it finds.
import { setupPrint } from "./print.js";

// Saved ticks and answers: a module loads only on a page that has something for it.
const stateModules = [
  [".gk-checklist, [data-checklist-progress]", () => import("./remember.js").then((m) => m.setupChecklists())],
  [".gk-form", () => import("./remember.js").then((m) => m.setupForms())],
  ["#gk-manifest", () => import("./data-tools.js").then((m) => m.setupDataTools())],
];

document$.subscribe(() => {
  setupPrint();
  for (const [selector, setup] of stateModules) if (document.querySelector(selector)) setup();
});
