// The kind of meeting the reader chose (tools.gesprek.soort): the choice "Welk gesprek heb
// je?" and what every page shows for it. The kinds and their words come from the markup
// (macros/render_types.py): an entry with data-types that does not name the chosen kind
// is hidden, its ticks and answers stay saved; a block or name with data-type-only shows
// for its kind alone. Without a choice everything shows, as without JavaScript.
import { change, onOutsideChange, read } from "./store.js";
import { showTroubleNotices } from "./ui.js";

export const chosenType = (state) => state.tools.gesprek?.soort ?? "";

function apply(kind) {
  for (const node of document.querySelectorAll("[data-types]"))
    node.hidden = !!kind && !node.dataset.types.split(" ").includes(kind);
  for (const node of document.querySelectorAll("[data-type-only]"))
    node.classList.toggle("gk-type-shown", node.dataset.typeOnly === kind);
  // The table of contents leaves out a heading that is hidden (a question).
  for (const link of document.querySelectorAll(".md-nav--secondary a[href*='#']")) {
    const target = link.hash && document.getElementById(decodeURIComponent(link.hash.slice(1)));
    link.parentElement.hidden = !!target?.closest("[data-types][hidden]");
  }
  // The checklists count only what is shown (remember.js).
  for (const list of document.querySelectorAll(".gk-checklist"))
    list.dispatchEvent(new Event("gk:types"));
}

function setupChoice(root, kind) {
  const radios = [...root.querySelectorAll("input[type=radio]")];
  const status = root.querySelector("[role=status]");
  const show = (kind) => {
    for (const radio of radios) radio.checked = radio.value === kind;
    const name = radios.find((radio) => radio.checked)?.dataset.name;
    status.textContent = name
      ? root.dataset.msgChosen.replace("{naam}", name)
      : root.dataset.msgNone;
  };
  root.addEventListener("change", ({ target }) => {
    const saved = change((state) => {
      if (target.value) state.tools.gesprek = { soort: target.value };
      else delete state.tools.gesprek;
    });
    if (!saved) showTroubleNotices();
    const kind = chosenType(read());
    show(kind);
    apply(kind);
  });
  show(kind);
  return show;
}

export function setupTypes() {
  const kind = chosenType(read());
  const choice = document.querySelector("[data-type-choice]");
  const showChoice = choice ? setupChoice(choice, kind) : () => {};
  apply(kind);
  const first = document.querySelector("[data-type-choice], [data-types], [data-type-only]");
  onOutsideChange(first, (state) => {
    showChoice(chosenType(state));
    apply(chosenType(state));
  });
}
