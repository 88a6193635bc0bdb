// The kind of meeting the reader chose (tools.meeting.kind): the choice "Welk gesprek heb
// je?" and what every page shows for it. The kinds and their words come from the markup
// (macros/render_types.py): an entry with data-types that does not name the chosen kind
// is hidden, its ticks and answers stay saved; a block or name with data-type-only shows
// for its kind alone. Without a choice everything shows, as without JavaScript.
import { chosenType } from "./format.js";
import { change, onOutsideChange, read } from "./store.js";
import { showTroubleNotices } from "./ui.js";

function show(kind) {
  const all = (selector) => document.querySelectorAll(selector);
  for (const node of all("[data-types]"))
    node.hidden = kind && !node.dataset.types.split(" ").includes(kind);
  for (const node of all("[data-type-only]"))
    node.classList.toggle("gk-type-shown", node.dataset.typeOnly === kind);
  const choice = document.querySelector("[data-type-choice]");
  if (choice) {
    for (const radio of choice.querySelectorAll("input")) radio.checked = radio.value === kind;
    // The status line: what the chosen option says (each carries its own, from data).
    choice.lastChild.textContent = choice.querySelector(":checked")?.dataset.status ?? "";
  }
  // The checklists count only what is shown (remember.js).
  for (const list of all(".gk-checklist")) list.dispatchEvent(new Event("gk:types"));
}

export function setupTypes() {
  const choice = document.querySelector("[data-type-choice]");
  choice?.addEventListener("change", ({ target }) => {
    const saved = change((state) => {
      if (target.value) state.tools.meeting = { kind: target.value };
      else delete state.tools.meeting;
    });
    if (!saved) showTroubleNotices();
    show(chosenType(read()));
  });
  show(chosenType(read()));
  const first = document.querySelector("[data-type-choice], [data-types], [data-type-only]");
  onOutsideChange(first, (state) => show(chosenType(state)));
}
