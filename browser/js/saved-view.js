// What the reader saved elsewhere, read-only in a form (a field's `toon` in data): the
// SMART goal on smart-doelen, the successes and last time's agreements on the
// voorbereidingsformulier. Never copied into an answer, so nothing is overwritten; the
// markup (macros/render_form.py) says what to read and holds every word.
import { longDate } from "./dates.js";
import { isDay } from "./format.js";
import { compose } from "./goal-words.js";
import { onOutsideChange, read } from "./store.js";
import { el } from "./ui.js";

const day = (value) => (isDay(value) ? longDate(value) : value);
const line = (parts) =>
  parts
    .map((part) => (part ?? "").trim())
    .filter(Boolean)
    .join(" · ");

// Each source: the lines to show, from the state and the view's data- attributes.
const SOURCES = {
  smart: (state, { goal }) => [compose(state.tools.smart?.goals?.[goal - 1] ?? {})],
  successen: (state) =>
    [...(state.tools.successes?.entries ?? [])]
      .sort((a, b) => (a.date < b.date ? 1 : -1))
      .map(({ date, what, result }) => line([day(date), what, result])),
  afspraken: (state, { fromTemplate, fromField }) => {
    const rows = state.templates[fromTemplate]?.fields?.[fromField];
    return Array.isArray(rows) ? rows.map((row) => line(Object.values(row).map(day))) : [];
  },
};

function show(view, state) {
  const lines = SOURCES[view.dataset.savedView](state, view.dataset).filter(Boolean);
  const list = view.querySelector(".gk-saved__list");
  list.replaceChildren(...lines.map((text) => el("li", {}, text)));
  list.hidden = !lines.length;
  view.querySelector(".gk-saved__empty").hidden = !!lines.length;
}

export function setup() {
  for (const view of document.querySelectorAll("[data-saved-view]")) {
    show(view, read());
    onOutsideChange(view, (state) => show(view, state));
  }
}
