// Written by `make schema` from macros/tools_registry.py: the module of each tool,
// loaded where a root names it in data-gk-module (browser/js/main.js).
export default {
  card: () => import("./tools/card.js"),
  "feedback-builder": () => import("./tools/feedback-builder.js"),
  planner: () => import("./tools/planner.js"),
  points: () => import("./tools/points.js"),
  smart: () => import("./tools/smart.js"),
  successes: () => import("./tools/successes.js"),
};
