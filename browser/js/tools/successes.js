// Mijn successen: dated entries through the year, shown by period and order, and printed.
// The preparation form shows them read-only (saved-view.js), so nothing is copied there.
import { longDate, today } from "../dates.js";
import { isDay, TOOLS } from "../format.js";
import { change, onOutsideChange, read } from "../store.js";
import { wordsOf } from "../text.js";
import { emptyOrEntries, newId, record } from "../tool-parts.js";
import { button, confirmStep, el, fieldErrors, showTroubleNotices } from "../ui.js";

const MAX_ENTRIES = TOOLS.successes.entries[0];
const entriesOf = (state) => record(state, "successes", () => ({ entries: [] })).entries;

export function setup(root) {
  const say = wordsOf(root);
  const form = root.querySelector("form");
  const { date: dateInput, what: whatInput, result: resultInput } = form.elements;
  const formMessage = form.querySelector(".gk-tool__message");
  const filter = root.querySelector("fieldset.gk-tool__row");
  const [fromInput, toInput] = filter.querySelectorAll("input");
  const order = filter.querySelector("select");
  const countLine = root.querySelector("[data-count]");
  const list = root.querySelector("[data-list]");
  const tools = root.querySelector(":scope > .gk-tool__buttons");
  const message = tools.nextElementSibling;
  const showEntries = emptyOrEntries(root);
  let entries = [];

  const visible = () =>
    entries
      .filter(
        ({ date }) =>
          (!fromInput.value || date >= fromInput.value) &&
          (!toInput.value || date <= toInput.value),
      )
      .sort((a, b) => a.date.localeCompare(b.date) * (order.value === "old" ? 1 : -1));

  const item = (entry) => {
    const remove = button(
      say("verwijder"),
      el(
        "span",
        { class: "gk-visually-hidden" },
        ` ${say("verwijder-naam", { datum: longDate(entry.date) })}`,
      ),
    );
    remove.dataset.id = entry.id;
    const parts = [
      el(
        "p",
        { class: "gk-successes__date" },
        el("time", { datetime: entry.date }, longDate(entry.date)),
      ),
      el("p", {}, entry.what),
    ];
    if (entry.result)
      parts.push(
        el(
          "p",
          {},
          el("span", { class: "gk-successes__label" }, `${say("opbrengst")} `),
          entry.result,
        ),
      );
    return el("li", { class: "gk-successes__item" }, ...parts, remove);
  };

  const show = () => {
    const shown = visible();
    list.replaceChildren(...shown.map(item));
    const from = fromInput.value && longDate(fromInput.value);
    const to = toInput.value && longDate(toInput.value);
    const period =
      from && to
        ? say("van-tot", { van: from, tot: to })
        : from
          ? say("vanaf", { van: from })
          : to
            ? say("tot", { tot: to })
            : "";
    const all = say.count("successen", entries.length);
    const shownOf =
      shown.length === entries.length ? all : say("deel", { n: shown.length, alle: all });
    // No entries: the example and its one action instead of filters and buttons.
    showEntries(entries.length);
    countLine.textContent = !entries.length
      ? ""
      : fromInput.value > toInput.value && toInput.value
        ? say("omgedraaid")
        : period
          ? say("telling-periode", { aantal: shownOf, periode: period })
          : say("telling", { aantal: shownOf });
  };
  const load = (state) => {
    entries = [...(state.tools.successes?.entries ?? [])];
    show();
  };

  const check = fieldErrors(form, [
    [dateInput, (date) => (isDay(date) ? "" : say("datumfout"))],
    [
      whatInput,
      (what) =>
        !what
          ? say("wat-fout")
          : entries.length >= MAX_ENTRIES
            ? say("vol", { n: MAX_ENTRIES })
            : "",
    ],
  ]);

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const [date, what, result] = [
      dateInput.value,
      whatInput.value.trim(),
      resultInput.value.trim(),
    ];
    if (check().length) {
      formMessage.textContent = "";
      return;
    }
    const entry = { id: newId(), date, what, result };
    if (!change((state) => entriesOf(state).push(entry))) showTroubleNotices();
    entries.push(entry);
    whatInput.value = resultInput.value = "";
    formMessage.textContent = say("toegevoegd", { datum: longDate(date) });
    show();
  });

  root.querySelector("[data-empty] button").addEventListener("click", () => whatInput.focus());
  filter.addEventListener("input", show);
  filter.addEventListener("change", show);

  list.addEventListener("click", async ({ target }) => {
    const id = target.closest("button")?.dataset.id;
    const entry = entries.find((one) => one.id === id);
    if (!entry) return;
    const position = visible().indexOf(entry);
    if (!(await confirmStep(say("verwijder-vraag"), [el("p", {}, entry.what)], undefined, true)))
      return;
    change((state) => {
      const saved = entriesOf(state);
      const at = saved.findIndex((one) => one.id === id);
      if (at >= 0) saved.splice(at, 1);
    });
    load(read());
    message.textContent = say("verwijderd");
    (list.children[position] ?? list.lastElementChild)?.querySelector("button").focus();
  });

  tools.addEventListener("click", ({ target }) => {
    if (target.closest("button")?.dataset.action === "print") print();
  });

  dateInput.value = today();
  load(read());
  onOutsideChange(root, load);
}
