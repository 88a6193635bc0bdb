// Checklists and forms that remember, by id: ticks (data-item) at once, answers
// (data-field) after a pause in typing or on leaving the page. What the
// reader did before this code ran (the page is usable from the first paint) wins.
import { chosenType, forKind, MAX_ROWS, putAnswer } from "./format.js";
import { saveAll, saver } from "./saver.js";
import { change, onOutsideChange, read, trouble } from "./store.js";
import { shared } from "./text.js";
import { button, confirmStep, el, showTroubleNotices, when } from "./ui.js";

const TEXT = ':is(input:not([type="checkbox"]), textarea)[data-field]';
const ready = new WeakSet();

// "… doe je bij Mijn gegevens.", the link where {link} is (address from the build).
function myDataNote(say) {
  const href = document.getElementById("gk-text").dataset.myData;
  const [before, after] = say("hier-bewaard").split("{link}");
  const link = el("a", { href }, say("mijn-gegevens"));
  return el("p", { class: "gk-mydata gk-noprint" }, before, link, after ?? "");
}

function setupEach(selector, setup) {
  for (const root of document.querySelectorAll(selector)) {
    if (ready.has(root)) continue;
    ready.add(root);
    setup(root);
  }
  showTroubleNotices();
}

export function setupChecklists() {
  const state = read();
  // The overview: data-total is optional.
  setupEach("[data-checklist-progress]", (span) => {
    // Items for another kind of meeting than the chosen one count neither way.
    const typed = JSON.parse(span.dataset.typed || "{}");
    const show = (state) => {
      const fits = forKind(chosenType(state), typed);
      const items = Object.keys(state.checklists[span.dataset.checklistProgress]?.items ?? {});
      const total = span.dataset.total - Object.keys(typed).filter((item) => !fits(item)).length;
      span.textContent = shared()("afgevinkt", {
        n: items.filter(fits).length,
        alle: total,
      });
    };
    show(state);
    onOutsideChange(span, show);
  });
  setupEach(".gk-checklist", (root) => setupChecklist(root, state));
}

function setupChecklist(root, state) {
  const id = root.dataset.checklist;
  const boxes = [...root.querySelectorAll("input[data-item]")];
  // The progress line and bar are in the page (macros/render_checklist.py).
  const words = root.querySelector(".gk-progress__text");
  const fill = root.querySelector(".gk-progress__fill");
  const allDone = root.querySelector("[data-checklist-done]"); // with the next step
  const say = shared();
  const reset = button(say("opnieuw"));
  root.append(reset, myDataNote(say));

  const count = () => {
    // Only the items for the reader's kind of meeting (conversation-type.js hides the rest).
    const shown = boxes.filter((box) => !box.closest("[data-types]")?.hidden);
    const done = shown.filter((box) => box.checked).length;
    words.textContent = say("afgevinkt", { n: done, alle: shown.length });
    fill.style.width = `${(100 * done) / shown.length}%`;
    allDone.hidden = done < shown.length;
  };
  root.addEventListener("gk:types", count);
  const show = (state) => {
    const items = state.checklists[id]?.items ?? {};
    for (const box of boxes) box.checked = Object.hasOwn(items, box.dataset.item);
    count();
  };
  const store = (ticked) => {
    const saved = change((state) => {
      const items = (state.checklists[id] ??= { items: {} }).items;
      for (const box of ticked) {
        if (box.checked) items[box.dataset.item] = true;
        else delete items[box.dataset.item];
      }
    });
    count();
    if (!saved) showTroubleNotices();
  };
  const early = boxes.filter((box) => box.checked !== box.defaultChecked);
  if (early.length) store(early);
  show(early.length ? read() : state);
  onOutsideChange(root, show);

  root.addEventListener("change", ({ target: box }) => {
    if (boxes.includes(box)) store([box]);
  });
  reset.addEventListener("click", async () => {
    const title = root.querySelector("h2, h3, h4, h5, h6").textContent;
    const text = el("p", {}, say("opnieuw-uitleg"));
    if (
      await confirmStep(say("opnieuw-vraag", { titel: title }), [text], say("opnieuw-ja"), true)
    ) {
      change((state) => delete state.checklists[id]);
      show(read());
    }
  });
}

export function setupForms() {
  saveAll(); // input typed just before an instant navigation
  const state = read();
  setupEach(".gk-form", (root) => setupForm(root, state));
}

const place = ({ dataset: { field, index, row, column } }) =>
  column ? [field, Number(row), column] : index ? [field, Number(index)] : [field];

function answerAt(fields, [field, n, column]) {
  const value = n ? fields?.[field]?.[n - 1] : fields?.[field];
  const answer = column ? value?.[column] : value;
  return typeof answer === "string" ? answer : "";
}

const dataRows = (table) => [...table.querySelectorAll("tr[data-row]")];

// Gives a table `count` rows; new ones are numbered in ids, labels and print blocks.
function setRows(table, count) {
  const rows = dataRows(table);
  for (const row of rows.splice(count)) row.remove();
  while (rows.length < count) {
    const row = rows[0].cloneNode(true);
    const n = String(rows.push(row));
    rows.at(-2).after(row);
    row.dataset.row = n;
    row.querySelector(".gk-row-number").textContent = ` ${shared()("rij", { n })}`;
    for (const control of row.querySelectorAll("[data-field]")) {
      const id = control.id.replace(/--1--(?!.*--)/, `--${n}--`);
      const answer = row.querySelector(`[data-answer-for="${control.id}"]`);
      if (answer) answer.dataset.answerFor = id;
      Object.assign(control, { id, value: "" }).dataset.row = n;
      control.setAttribute("aria-label", control.getAttribute("aria-label").replace(/1$/, n));
    }
  }
  table.nextElementSibling.disabled = count >= MAX_ROWS;
}

function addRowButtons(table) {
  const say = shared();
  const hidden = (text, more = "") => el("span", { class: `gk-visually-hidden${more}` }, text);
  table.tHead.rows[0].append(
    el("th", { scope: "col", class: "gk-noprint" }, hidden(say("rij-verwijderen"))),
  );
  for (const row of dataRows(table)) {
    const remove = button(
      say("verwijder"),
      hidden(` ${say("rij", { n: Number(row.dataset.row) })}`, " gk-row-number"),
    );
    row.append(el("td", { class: "gk-noprint" }, remove));
  }
  table.after(
    button(
      say("rij-toevoegen"),
      hidden(` ${say("rij-aan", { tabel: table.caption.textContent })}`),
    ),
  );
}

function setupForm(root, state) {
  const id = root.dataset.template;
  const tables = [...root.querySelectorAll("table")];
  const startRows = tables.map((table) => dataRows(table).length);
  const status = root.querySelector(".gk-save-status"); // in the page (render_form.py)
  root.append(myDataNote(shared()));
  tables.forEach(addRowButtons);

  const show = (state) => {
    const entry = state.templates[id];
    tables.forEach((table, i) => {
      const rows = entry?.fields[table.querySelector("[data-field]").dataset.field];
      setRows(table, rows?.length || startRows[i]);
    });
    for (const control of root.querySelectorAll(TEXT)) {
      const value = answerAt(entry?.fields, place(control));
      if (!save.pending(place(control).join()) && control.value !== value) control.value = value;
    }
    // Changes once a minute at most, so a screen reader does not chatter.
    const words =
      trouble.unavailable || trouble.newer
        ? shared()("niet-opgeslagen")
        : entry?.saved
          ? shared()("opgeslagen", { tijd: when(entry.saved) })
          : "";
    if (status.textContent !== words) status.textContent = words;
  };
  const save = saver(400, () => show(read()));
  // apply(entry) edits this form's saved entry.
  const edit = (key, apply, now = false) =>
    save(
      key,
      (state) => {
        const entry = (state.templates[id] ??= { fields: {} });
        apply(entry);
        entry.saved = new Date().toISOString();
      },
      now,
    );
  const editText = (target) => {
    const where = place(target);
    const { value } = target;
    const rows = target.dataset.column && dataRows(target.closest("table")).length;
    edit(where.join(), (entry) => putAnswer(entry.fields, where, value, rows));
  };

  root.addEventListener("input", ({ target }) => target.matches(TEXT) && editText(target));
  root.addEventListener("change", () => {
    save.flush(); // a finished answer: at once
  });
  root.addEventListener("click", ({ target }) => {
    const clicked = target.closest(".gk-button");
    const row = clicked?.closest("tr");
    const table = row?.closest("table") ?? clicked?.previousElementSibling;
    if (!tables.includes(table)) return;
    const field = table.querySelector("[data-field]").dataset.field;
    const count = dataRows(table).length;
    edit(
      "rows",
      (entry) => {
        const rows = (entry.fields[field] = Array.isArray(entry.fields[field])
          ? entry.fields[field]
          : []);
        while (rows.length < count) rows.push({});
        if (row) rows.splice(row.dataset.row - 1, 1);
        if (!row || !rows.length) rows.push({});
      },
      true,
    );
    const rows = dataRows(table);
    const next = row ? rows[Math.min(row.dataset.row, rows.length) - 1] : rows.at(-1);
    next.querySelector("[data-field]").focus();
  });

  // Typed before this ran: kept, and saved at once.
  root.querySelectorAll(TEXT).forEach((control) => {
    if (control.value !== control.defaultValue) editText(control);
  });
  show(state);
  save.flush();
  onOutsideChange(root, show);
}
