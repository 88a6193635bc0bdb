// The buttons in the forms that work with Mijn bespreekpunten: "Zet bij mijn
// bespreekpunten" by a field (data-point-field) adds its answer as it is on screen; in the
// gespreksverslag the bespreekpunten fill an empty table (data-points-into), and its rows
// with a deadline go into a calendar file (data-deadlines). Words come from the button.
import { locale, today } from "./dates.js";
import { MAX_ROWS, TOOLS } from "./format.js";
import { addPoints, answerTexts } from "./point-list.js";
import { change, read } from "./store.js";
import { fill } from "./text.js";
import { newId, record } from "./tool-parts.js";
import { download, showTroubleNotices } from "./ui.js";

const MAX = TOOLS.points.items[0];

// The answer to a field as the form shows it now: text, list entries or table rows.
function answerOnScreen(form, field) {
  const controls = [...form.querySelectorAll(`[data-field="${field}"]`)];
  if (controls[0]?.dataset.row) {
    return [...form.querySelectorAll(`tr:has([data-field="${field}"])`)].map((row) =>
      Object.fromEntries(
        [...row.querySelectorAll("[data-field]")].map((control) => [
          control.dataset.column,
          control.value,
        ]),
      ),
    );
  }
  return controls[0]?.dataset.index
    ? controls.map((control) => control.value)
    : (controls[0]?.value ?? "");
}

function addFromField(form, button) {
  const { pointField: field } = button.dataset;
  const texts = answerTexts(answerOnScreen(form, field));
  if (!texts.length) return button.dataset.msgEmpty;
  let added = 0;
  let full = false;
  const saved = change((state) => {
    const items = record(state, "points", () => ({ items: [] })).items;
    full = items.length >= MAX;
    added = addPoints(items, texts, {
      source: `${form.dataset.template}/${field}`,
      max: MAX,
      id: newId,
    });
  });
  if (!saved) showTroubleNotices();
  return full
    ? fill(button.dataset.msgFull, { n: MAX })
    : added
      ? button.dataset.msgAdded
      : button.dataset.msgAlready;
}

// Fills the column of an empty table with the bespreekpunten, as if the reader typed them:
// rows are added with the form's own button, input events let remember.js save them.
function takeOver(form, button) {
  const { pointsInto: field, column } = button.dataset;
  const table = form.querySelector(`table:has([data-field="${field}"])`);
  if ([...table.querySelectorAll("[data-field]")].some((control) => control.value.trim()))
    return button.dataset.msgNotEmpty;
  const points = (read().tools.points?.items ?? []).slice(0, MAX_ROWS);
  if (!points.length) return button.dataset.msgNone;
  const addRow = table.nextElementSibling;
  while (table.querySelectorAll("tr[data-row]").length < points.length) addRow.click();
  points.forEach((point, i) => {
    const control = table.querySelector(`tr[data-row="${i + 1}"] [data-column="${column}"]`);
    control.value = point.text;
    control.dispatchEvent(new Event("input", { bubbles: true }));
  });
  table.dispatchEvent(new Event("change", { bubbles: true })); // saves at once
  button.focus();
  return fill(button.dataset.msgDone, { n: points.length });
}

// One all-day event per row with a deadline: its texts are the title. The calendar code
// loads on the click, so a form page costs one request less.
async function deadlines(form, button) {
  const rows = [...form.querySelectorAll(`tr:has([data-field="${button.dataset.deadlines}"])`)];
  const events = rows.flatMap((row) => {
    const day = row.querySelector('input[type="date"]')?.value;
    const texts = [...row.querySelectorAll('[data-field]:not([type="date"])')]
      .map((control) => control.value.trim())
      .filter(Boolean);
    if (!day || !texts.length) return [];
    return [
      {
        uid: `${day}-${row.dataset.row}-${form.dataset.template}@${location.hostname}`,
        day,
        summary: texts[0],
        description: texts.slice(1).join(", "),
        url: location.href,
      },
    ];
  });
  if (!events.length) return button.dataset.msgIcsNone;
  const name = fill(button.dataset.msgIcsFile, { datum: today() });
  const { calendar } = await import("./ics.js");
  download(name, calendar(events, locale()), "text/calendar");
  return fill(button.dataset.msgIcsDone, { naam: name, n: events.length });
}

export function setup() {
  for (const box of document.querySelectorAll(".gk-to-points")) {
    if (box.dataset.ready) continue;
    const form = box.closest(".gk-form");
    const status = box.querySelector("[role=status]");
    box.addEventListener("click", ({ target }) => {
      const button = target.closest("button");
      if (!button) return;
      const act = button.dataset.pointField
        ? addFromField
        : button.dataset.pointsInto
          ? takeOver
          : deadlines;
      Promise.resolve(act(form, button)).then((words) => {
        status.textContent = words;
      });
    });
    box.dataset.ready = "true"; // a signal for the tests
  }
}
