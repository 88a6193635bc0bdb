// Entry point of the site's own browser code, bundled with the modules it imports into
// docs/assets/gespreksklaar.js (tools/assets/build). Material's document$ emits after
// every page load, including instant navigation, so each part sets up the page it finds.
import { setupDataTools } from "./data-tools.js";
import { setupPrint } from "./print.js";
import { setupChecklists, setupForms } from "./remember.js";

const parts = [
  [".gk-checklist, [data-checklist-progress]", setupChecklists],
  [".gk-form", setupForms],
  ["#gk-manifest", setupDataTools],
];

document$.subscribe(() => {
  setupPrint();
  for (const [selector, setup] of parts) if (document.querySelector(selector)) setup();
});
