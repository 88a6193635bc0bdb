// Mijn successen: dated entries through the year, shown by period and order, printed, and
// put into the field 'bereikt' of the preparation form with one click.
import { longDate, today } from "./dates.js";
import { isDay, TOOLS } from "./format.js";
import { change, onOutsideChange, read } from "./store.js";
import { newId, record, siteLink } from "./tool-parts.js";
import { button, confirmStep, count, el, fieldErrors, showTroubleNotices } from "./ui.js";

const MAX_ENTRIES = TOOLS.successes.entries[0];
const TEMPLATE = "voorbereidingsformulier";
const FIELD = "bereikt";

const sentence = (text) => (/[.!?]$/.test(text) ? text : `${text}.`);
// One line in the form: "- 3 maart 2027: Wat er gebeurde. Dat leverde op: wat het opleverde."
const formLine = ({ date, what, result }) =>
  `- ${longDate(date)}: ${sentence(what)}${result ? ` Dat leverde op: ${sentence(result)}` : ""}`;
const entriesOf = (state) => record(state, "successes", () => ({ entries: [] })).entries;

export function setup(root) {
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
  const empty = root.querySelector("[data-empty]");
  const withEntries = root.querySelectorAll("[data-with-entries]");
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
      "Verwijder",
      el("span", { class: "gk-visually-hidden" }, ` succes van ${longDate(entry.date)}`),
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
          el("span", { class: "gk-successes__label" }, "Wat het opleverde: "),
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
        ? `, van ${from} tot en met ${to}`
        : from
          ? `, vanaf ${from}`
          : to
            ? `, tot en met ${to}`
            : "";
    const all = count(entries.length, "succes", "successen");
    // No entries: the example and its one action instead of filters and buttons.
    empty.hidden = entries.length > 0;
    for (const part of withEntries) part.hidden = !entries.length;
    countLine.textContent = !entries.length
      ? ""
      : fromInput.value > toInput.value && toInput.value
        ? "Let op: de eerste dag ligt na de laatste dag. Kies de periode opnieuw."
        : `${shown.length === entries.length ? all : `${shown.length} van ${all}`}${period}.`;
  };
  const load = (state) => {
    entries = [...(state.tools.successes?.entries ?? [])];
    show();
  };

  const check = fieldErrors(form, [
    [dateInput, (date) => (isDay(date) ? "" : "Let op: vul een datum in: dag, maand en jaar.")],
    [
      whatInput,
      (what) =>
        !what
          ? "Let op: schrijf eerst op wat er goed ging."
          : entries.length >= MAX_ENTRIES
            ? `Let op: je lijst is vol (${MAX_ENTRIES}). Verwijder eerst een paar oude successen.`
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
    formMessage.textContent = `Toegevoegd: je succes van ${longDate(date)}.`;
    show();
  });

  empty.querySelector("button").addEventListener("click", () => whatInput.focus());
  filter.addEventListener("input", show);
  filter.addEventListener("change", show);

  list.addEventListener("click", async ({ target }) => {
    const id = target.closest("button")?.dataset.id;
    const entry = entries.find((one) => one.id === id);
    if (!entry) return;
    const position = visible().indexOf(entry);
    if (
      !(await confirmStep(
        "Dit succes verwijderen?",
        [el("p", {}, entry.what)],
        "Ja, verwijder",
        true,
      ))
    )
      return;
    change((state) => {
      const saved = entriesOf(state);
      const at = saved.findIndex((one) => one.id === id);
      if (at >= 0) saved.splice(at, 1);
    });
    load(read());
    message.textContent = "Het succes is verwijderd.";
    (list.children[position] ?? list.lastElementChild)?.querySelector("button").focus();
  });

  tools.addEventListener("click", ({ target }) => {
    const action = target.closest("button")?.dataset.action;
    if (action === "print") return print();
    if (action !== "insert") return;
    const lines = visible().map(formLine);
    if (!lines.length)
      return (message.textContent = "Er staan hier geen successen om in te zetten.");
    let added = 0;
    const saved = change((state) => {
      const entry = (state.templates[TEMPLATE] ??= { fields: {}, agenda: {} });
      const now = typeof entry.fields[FIELD] === "string" ? entry.fields[FIELD].trimEnd() : "";
      const fresh = lines.filter((line) => !now.split("\n").includes(line));
      added = fresh.length;
      entry.fields[FIELD] = [now, ...fresh].filter(Boolean).join("\n");
      entry.saved = new Date().toISOString();
    });
    if (!saved) showTroubleNotices();
    const link = siteLink("sjablonen/voorbereidingsformulier/", "voorbereidingsformulier");
    message.replaceChildren(
      added
        ? `Klaar: ${count(added, "succes staat", "successen staan")} nu bij ‘Wat heb je bereikt?’ in je `
        : "Deze successen stonden al in je ",
      link,
      ".",
    );
  });

  dateInput.value = today();
  load(read());
  onOutsideChange(root, load);
}
