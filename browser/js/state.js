// The saved state and the page parts its pages share, in one import: the format
// (format.js), the store (store.js) and the small UI helpers (ui.js).
export { isDay, MAX_ROWS, putAnswer, salvage, TOOLS, upgrade, VERSION } from "./format.js";
export {
  asideCopies,
  change,
  onOutsideChange,
  read,
  replaceParts,
  trouble,
  wipe,
} from "./store.js";
export {
  button,
  chooseStep,
  confirmStep,
  count,
  download,
  downloadAside,
  el,
  showTroubleNotices,
  when,
} from "./ui.js";
