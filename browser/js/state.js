// Saved state (storage, format, migrations) and the page parts its pages share. When
// storage fails, the state lives in memory and `trouble` says why.
// Version 2 (current), key "gespreksklaar:state": {version: 2,
//   checklists: {<checklist>: {items: {<item>: true}}},
//   templates: {<template>: {fields: {<field>: "text" | ["list entry"] | [{<column>: "cell"}]},
//                            agenda: {<field>: true | false}, saved: "<ISO time>"}},
//   tools: {planner: {date, time}, smart: {goals: [{specifiek, …, tijdgebonden}]},
//           feedback: {situatie, effect, wens, positief}, successes: {entries: [{id, date,
//           what, result}]}, bespreekpunten: {items: [{id, tekst, bron?}]},
//           gesprekskaart: {naam, met}}}  (shapes in TOOLS below; every part optional)
// `agenda` (the old "Zet op de agenda" choices) is still read, and turned into
// bespreekpunten by migrateAgenda (browser/js/migrate-agenda.js).
// `tools` was added to version 2 before the site's first release, so no version-2 reader
// that drops it exists. A section added after a release needs a new version: a reader
// of the old version, still open in a tab, drops sections it does not know.
// Version 1: {version: 1, ticks: {<checklist>: [<item>]}, answers: {<template>:
//   {"<field>": text, "<field>.<n>": list entry, "<field>.<row>.<column>": table cell}}}
// Unreadable data moves to "gespreksklaar:corrupt": [{found: "<ISO time>", text}].
import { migrateAgenda } from "./migrate-agenda.js";

export const VERSION = 2;
export const MAX_ROWS = 50;
const KEY = "gespreksklaar:state";
const ASIDE = "gespreksklaar:corrupt";
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const trouble = { unavailable: false, newer: false, corrupt: false };
const blank = () => ({ version: VERSION, checklists: {}, templates: {}, tools: {} });
const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
const fail = (where) => {
  throw new Error(where);
};

let storage = null;
let memory = blank();
let aside = [];
try {
  storage = localStorage;
  storage.getItem(KEY);
} catch {
  storage = null;
  trouble.unavailable = true;
}

// Sets the answer at [field], [field, n] or [field, row, column]; lists and tables grow.
export function putAnswer(fields, [field, n, column], value, rows = 0) {
  if (!n) return (fields[field] = value);
  const list = Array.isArray(fields[field]) ? fields[field] : (fields[field] = []);
  while (list.length < Math.max(n, rows)) list.push(column ? {} : "");
  if (column) list[n - 1][column] = value;
  else list[n - 1] = value;
}

// MIGRATIONS[n - 1] turns version n into n + 1.
const MIGRATIONS = [
  (old) => {
    const next = blank();
    for (const [id, items] of Object.entries(old.ticks ?? {})) {
      next.checklists[id] = { items: Object.fromEntries(items.map((item) => [item, true])) };
    }
    for (const [id, answers] of Object.entries(old.answers ?? {})) {
      const fields = {};
      for (const [key, value] of Object.entries(answers)) {
        const [field, n, column] = key.split(".");
        if (!ID.test(field) || (n && !(n >= 1 && n <= MAX_ROWS))) fail(key);
        putAnswer(fields, [field, Number(n), column], value);
      }
      next.templates[id] = { fields, agenda: {} };
    }
    return next;
  },
];

// [id, value, spec, place] per entry; ids a manifest does not know go to `skipped`.
function group(value, specs, where, skipped) {
  if (value === undefined) return [];
  if (!isObject(value)) fail(where);
  return Object.entries(value)
    .filter(([id]) => {
      const known = !specs ? ID.test(id) : Array.isArray(specs) ? specs.includes(id) : Object.hasOwn(specs, id);
      if (!known) specs ? skipped.push(`${where} → ${id}`) : fail(where);
      return known;
    })
    .map(([id, item]) => [id, item, (!Array.isArray(specs) && specs?.[id]) || {}, `${where} → ${id}`]);
}

const text = (value, where) => (typeof value === "string" ? value : fail(where));

// "YYYY-MM-DD" of a day that exists (2025-02-30 does not).
export const isDay = (value) =>
  /^\d{4}-\d\d-\d\d$/.test(value) && !!new Date(`${value}T00:00Z`).toJSON()?.startsWith(value);

const KINDS = {
  text: (value) => typeof value === "string",
  day: isDay,
  dayOrEmpty: (value) => value === "" || isDay(value),
  time: (value) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value),
  id: (value) => ID.test(value),
};
// What each tool saves: field → kind, or [most entries, shape of an entry] for a list.
export const TOOLS = {
  planner: { date: "day", time: "time" },
  smart: { goals: [10, { specifiek: "text", meetbaar: "text", acceptabel: "text", realistisch: "text", tijdgebonden: "dayOrEmpty" }] },
  feedback: { situatie: "text", effect: "text", wens: "text", positief: "text" },
  successes: { entries: [1000, { id: "id", date: "day", what: "text", result: "text" }] },
  bespreekpunten: { items: [100, { id: "id", tekst: "text", bron: "text" }] },
  gesprekskaart: { naam: "text", met: "text" },
};

// A checked copy of a tool's record; fields the shape does not know go to `skipped`.
function record(value, shape, where, skipped) {
  if (!isObject(value)) fail(where);
  const copy = {};
  for (const [field, item] of Object.entries(value)) {
    const at = `${where} → ${field}`;
    const kind = shape[field];
    if (!kind) skipped.push(at);
    else if (!Array.isArray(kind)) copy[field] = typeof item === "string" && KINDS[kind](item) ? item : fail(at);
    else if (!Array.isArray(item) || item.length > kind[0]) fail(at);
    else copy[field] = item.map((entry, i) => record(entry, kind[1], `${at} → ${i + 1}`, skipped));
  }
  return copy;
}

function answer(value, spec, where, skipped) {
  const { type } = spec;
  const many = type === "lijst" || type === "tabel";
  if (!many && typeof value === "string") return value;
  if ((type && !many) || !Array.isArray(value) || value.length > (type === "lijst" ? spec.size : MAX_ROWS)) {
    fail(where);
  }
  return value.map((entry, i) =>
    type === "lijst" || (!type && typeof entry === "string")
      ? text(entry, where)
      : Object.fromEntries(
          group(entry, spec.columns, `${where} → ${i + 1}`, skipped).map(([column, cell, , at]) => [column, text(cell, at)]),
        ),
  );
}

// A checked copy of a state, or an Error naming the wrong place.
export function check(data, manifest) {
  const skipped = [];
  const state = blank();
  if (!isObject(data)) fail("het begin");
  const entries = (kind) =>
    group(data[kind], manifest?.[kind], kind, skipped).map((entry) => (isObject(entry[1]) ? entry : fail(entry[3])));
  for (const [id, entry, spec, where] of entries("checklists")) {
    const items = (state.checklists[id] = { items: {} }).items;
    for (const [item, on, , at] of group(entry.items, spec.items, where, skipped)) {
      if (typeof on !== "boolean") fail(at);
      if (on) items[item] = true;
    }
  }
  for (const [id, entry, spec, where] of entries("templates")) {
    const saved = (state.templates[id] = { fields: {}, agenda: {} });
    for (const [field, value, fieldSpec, at] of group(entry.fields, spec.fields, where, skipped)) {
      saved.fields[field] = answer(value, fieldSpec, at, skipped);
    }
    for (const [field, on, , at] of group(entry.agenda, spec.fields, `${where} → agenda`, skipped)) {
      saved.agenda[field] = typeof on === "boolean" ? on : fail(at);
    }
    if (entry.saved !== undefined) {
      saved.saved = typeof entry.saved === "string" && Date.parse(entry.saved) ? entry.saved : fail(where);
    }
  }
  for (const [id, entry, , where] of group(data.tools, TOOLS, "tools", skipped)) {
    state.tools[id] = record(entry, TOOLS[id], where, skipped);
  }
  return { state, skipped };
}

export function upgrade(data, manifest) {
  const version = data?.version;
  if (!(Number.isInteger(version) && version > 0 && version <= VERSION)) fail("version");
  try {
    for (let v = version; v < VERSION; v++) data = MIGRATIONS[v - 1](data);
  } catch {
    fail(`versie ${version}`);
  }
  const { state, skipped } = check(data, manifest);
  return { ...migrateAgenda(state, TOOLS.bespreekpunten.items[0]), skipped };
}

function lose() {
  storage = null;
  trouble.unavailable = true;
  return memory;
}

function write(state) {
  memory = state;
  if (!storage) return false;
  try {
    storage.setItem(KEY, JSON.stringify(state));
    return true;
  } catch {
    lose();
    return false;
  }
}

// If moving it aside fails, it stays put and nothing is written.
function setAside(raw) {
  trouble.corrupt = true;
  aside = [...asideCopies(), { found: new Date().toISOString(), text: raw }];
  memory = blank();
  try {
    storage.setItem(ASIDE, JSON.stringify(aside));
    storage.removeItem(KEY);
    return memory;
  } catch {
    return lose();
  }
}

export function asideCopies() {
  try {
    return JSON.parse(storage?.getItem(ASIDE) ?? "null") ?? aside;
  } catch {
    return aside;
  }
}

// The state, read afresh: another tab may have changed it.
export function read() {
  if (!storage) return memory;
  let raw;
  let data;
  try {
    raw = storage.getItem(KEY);
  } catch {
    return lose();
  }
  if (raw === null) return (memory = blank());
  try {
    data = JSON.parse(raw);
  } catch {
    return setAside(raw);
  }
  if (data?.version > VERSION) {
    // A newer version's data: left alone, never overwritten.
    trouble.newer = true;
    storage = null;
    return (memory = blank());
  }
  try {
    const { state, changed } = upgrade(data);
    if (data.version < VERSION || changed) write(state);
    return (memory = state);
  } catch {
    return setAside(raw);
  }
}

// Edits the freshest state, so another tab's input is kept; true if saved on the device.
export function change(edit) {
  const state = read();
  edit(state);
  return write(state);
}

export function wipe() {
  memory = blank();
  aside = [];
  try {
    storage?.removeItem(KEY);
    storage?.removeItem(ASIDE);
  } catch {
    lose();
  }
}

// Calls `show(state)` when another tab saves, while `root` is on the page.
const watchers = new Set();
export const onOutsideChange = (root, show) => watchers.add([root, show]);
addEventListener("storage", (event) => {
  if (!storage || (event.key !== KEY && event.key !== null)) return;
  const state = read();
  for (const watcher of watchers) {
    if (watcher[0].isConnected) watcher[1](state);
    else watchers.delete(watcher);
  }
});

// Page parts. Text from a reader or a file goes in as text nodes, never as HTML.
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

export const button = (...label) => el("button", { type: "button", class: "gk-button" }, ...label);

// "1 doel", "3 doelen"
export const count = (n, one, more) => `${n} ${n === 1 ? one : more}`;

// "3 maart 2025 om 14:03"
export const when = (iso) => new Date(iso).toLocaleString("nl-NL", { dateStyle: "long", timeStyle: "short" });

// `data` as JSON, or a text as it is.
export function download(name, data, type = "application/json") {
  const text = typeof data === "string" ? data : JSON.stringify(data, null, 2);
  const url = URL.createObjectURL(new Blob([text], { type }));
  // Not on the page, so Material's instant navigation ignores the click.
  el("a", { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const downloadAside = () => download("gespreksklaar-beschadigd.json", asideCopies());

// One notice of a kind per page, filled after a moment: a live region that arrives
// with its text is often not read out.
function notice(kind, ...content) {
  const main = document.querySelector(".md-content__inner");
  if (!main || main.querySelector(`.gk-notice--${kind}`)) return;
  const box = el("div", { class: `gk-notice gk-notice--${kind} gk-noprint`, role: "status" });
  main.querySelector("h1")?.after(box);
  setTimeout(() => box.append(el("strong", {}, "Let op: "), ...content), 50);
}

let corruptTold = false;
export function showTroubleNotices() {
  if (trouble.corrupt && !corruptTold) {
    corruptTold = true;
    const save = button("Download de beschadigde gegevens");
    save.addEventListener("click", downloadAside);
    notice("corrupt", "wat de site had bewaard, was beschadigd. Het staat apart en je begint opnieuw. ", save);
  }
  if (trouble.newer) {
    notice("newer", "een nieuwere versie van de site heeft je gegevens bewaard. Laad de pagina opnieuw. Tot dan bewaart deze pagina niets.");
  } else if (trouble.unavailable) {
    notice("unavailable", "je browser bewaart nu niets. Wat je invult, is weg als je de pagina sluit. Druk het af als je het wilt houden.");
  }
}

// Resolves the index of the answer chosen, or -1 for no. The safe answer has the focus;
// Escape means no.
export function chooseStep(question, details, answers) {
  const noButton = button("Nee, terug");
  const title = el("p", { class: "gk-dialog__question" }, question);
  const yesButtons = answers.map((answer, i) => {
    const yesButton = button(answer);
    yesButton.classList.add("gk-button--primary");
    yesButton.addEventListener("click", () => dialog.close(i));
    return yesButton;
  });
  const dialog = el("dialog", { class: "gk-dialog", "aria-label": question }, title, ...details, el("p", {}, ...yesButtons, noButton));
  noButton.autofocus = true;
  noButton.addEventListener("click", () => dialog.close());
  document.body.append(dialog);
  dialog.showModal();
  return new Promise((resolve) =>
    dialog.addEventListener("close", () => {
      dialog.remove();
      resolve(dialog.returnValue ? Number(dialog.returnValue) : -1);
    }),
  );
}

// Resolves true for `yes`.
export const confirmStep = async (question, details, yes) => (await chooseStep(question, details, [yes])) === 0;
