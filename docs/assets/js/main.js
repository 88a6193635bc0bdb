// Entry point of the site's own browser code. Material's document$ emits after every
// page load, including instant navigation, so each module sets up the page it finds.
import { setupPrint } from "./print.js";

document$.subscribe(() => {
  setupPrint();
});
