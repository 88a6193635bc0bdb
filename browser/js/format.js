// The format of the saved state: its shape, the checks and the named migrations. Pure
// (no DOM, no storage), so Node can test it (tests/js/).
// Version 6 (current), key "gespreksklaar:state": {version: 6,
//   checklists: {<checklist>: {items: {<item>: true}}},
//   templates: {<template>: {fields: {<field>: "text" | ["list entry"] | [{<column>: "cell"}]},
//                            saved: "<ISO time>"}},
//   tools: {planner: {date, time}, smart: {goals: [{id, specific, …, timeBound}]},
//           successes: {entries: [{id, date, what, result}]}, points: {items:
//           [{id, text, source?}]}, card: {name, manager}, meeting: {kind}}}
//           (every part optional; the shapes in TOOLS come from tools.json, which
//           `make schema` writes from macros/tools_registry.py)
// One answer in one place: SMART goals live only in tools.smart (the template
// smart-doelen keeps each goal's first steps and support), feedback only in the fields
// of the template feedback-leidinggevende-formulier (the builder writes there).
// `agenda` (the "Zet op de agenda" choices of version 3) is still read from an import,
// and the migration from 3 turns it into points (then called bespreekpunten).
// Parts this release does not know (a newer release's tool or field) are kept as they
// are when reading storage; only an import (with the manifest) skips them.
// Version 5: as 6, but the tools points, card and meeting were called bespreekpunten
//   {items: [{id, tekst, bron?}]}, gesprekskaart {naam, met} and gesprek {soort}, and a
//   SMART goal's fields specifiek, meetbaar, acceptabel, realistisch, tijdgebonden.
// Version 4: as 5, plus tools.feedback {situatie, effect, wens, positief} and the
//   fields doel-N and doel-N-<letter> of smart-doelen: second copies of the same answers.
// Version 3: as 4, but with agenda choices per template field instead of bespreekpunten.
// Version 2: as 3, but SMART goals without an id (they were kept by position).
// Version 1: {version: 1, ticks: {<checklist>: [<item>]}, answers: {<template>:
//   {"<field>": text, "<field>.<n>": list entry, "<field>.<row>.<column>": table cell}}}

import { englishKeys } from "./english-keys.js";
import { joinCopies } from "./join-copies.js";
import { migrateAgenda } from "./migrate-agenda.js";
// What each tool saves: field → kind (KINDS below), or [most entries, shape of an entry]
// for a list.
import TOOLS from "./tools.json" with { type: "json" };

export { TOOLS };

export const VERSION = 6;
export const MAX_ROWS = 50;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// The kind of meeting the reader chose (conversation-type.js), or "".
export const chosenType = (state) => state.tools.meeting?.kind ?? "";
// Whether an item counts for `kind`: `kinds` maps the items that are only for some kinds.
export const forKind = (kind, kinds) => (item) =>
  !kind || !kinds[item] || kinds[item].includes(kind);

export const blank = () => ({ version: VERSION, checklists: {}, templates: {}, tools: {} });
export const isObject = (value) =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const fail = (where) => {
  throw new Error(where);
};

// Sets the answer at [field], [field, n] or [field, row, column]; lists and tables grow.
export function putAnswer(fields, [field, n, column], value, rows = 0) {
  if (!n) return (fields[field] = value);
  const list = Array.isArray(fields[field]) ? fields[field] : (fields[field] = []);
  while (list.length < Math.max(n, rows)) list.push(column ? {} : "");
  if (column) list[n - 1][column] = value;
  else list[n - 1] = value;
}

// Each migration turns version `from` into from + 1; tests/js runs each on its own.
export const MIGRATIONS = [
  {
    from: 1,
    name: "ticks and answers become checklists and templates",
    run(old) {
      const next = { ...blank(), version: 2 };
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
  },
  {
    from: 2,
    name: "SMART goals get a stable id",
    run(old) {
      const goals = old.tools?.smart?.goals;
      if (!Array.isArray(goals)) return { ...old, version: 3 };
      const smart = {
        ...old.tools.smart,
        goals: goals.map((goal, i) => (isObject(goal) ? { id: `doel-${i + 1}`, ...goal } : goal)),
      };
      return { ...old, version: 3, tools: { ...old.tools, smart } };
    },
  },
  {
    from: 3,
    name: "agenda choices become bespreekpunten",
    run(old) {
      const { state } = migrateAgenda(old, TOOLS.points.items[0]);
      for (const entry of Object.values(state.templates ?? {})) delete entry?.agenda;
      return { ...state, version: 4 };
    },
  },
  {
    from: 4,
    name: "SMART and feedback answers in one place each",
    run: (old) => ({ ...joinCopies(old), version: 5 }),
  },
  {
    from: 5,
    name: "the keys of the tools in English",
    run: (old) => ({ ...englishKeys(old), version: 6 }),
  },
];

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
// The kind of a template answer or table cell, by the field's `soort` in the manifest.
const ANSWER_KINDS = { datum: "dayOrEmpty" };

// [id, value, spec, place] per entry. With `specs` (from the manifest), ids it does not
// know go to `skipped`; without, any id is kept.
function group(value, specs, where, skipped) {
  if (value === undefined) return [];
  if (!isObject(value)) fail(where);
  return Object.entries(value)
    .filter(([id]) => {
      const known = !specs
        ? ID.test(id)
        : Array.isArray(specs)
          ? specs.includes(id)
          : Object.hasOwn(specs, id);
      if (!known) specs ? skipped.push(`${where} → ${id}`) : fail(`${where} → ${id}`);
      return known;
    })
    .map(([id, item]) => [
      id,
      item,
      (!Array.isArray(specs) && specs?.[id]) || {},
      `${where} → ${id}`,
    ]);
}

const checked = (value, kind, where) =>
  typeof value === "string" && KINDS[kind](value) ? value : fail(where);

// Entries of a list keep their id; a missing or repeated one gets a new one from its
// position, the same in every tab, so a delete by id hits the one the reader chose.
function uniqueIds(entries) {
  const seen = new Set();
  for (const [i, entry] of entries.entries()) {
    let id = entry.id;
    for (let n = i + 1; !id || seen.has(id); n++) id = `${entry.id ?? "nr"}-${n}`;
    seen.add((entry.id = id));
  }
  return entries;
}

// A checked copy of a tool's record. Fields the shape does not know go to `skipped` on
// an import (`strict`), and are kept as they are otherwise.
function record(value, shape, where, skipped, strict) {
  if (!isObject(value)) fail(where);
  const copy = {};
  for (const [field, item] of Object.entries(value)) {
    const at = `${where} → ${field}`;
    const kind = Object.hasOwn(shape, field) ? shape[field] : null;
    if (!kind) strict ? skipped.push(at) : (copy[field] = item);
    else if (!Array.isArray(kind)) copy[field] = checked(item, kind, at);
    else if (!Array.isArray(item) || item.length > kind[0]) fail(at);
    else {
      copy[field] = item.map((entry, i) =>
        record(entry, kind[1], `${at} → ${i + 1}`, skipped, strict),
      );
      if (Object.hasOwn(kind[1], "id")) uniqueIds(copy[field]);
    }
  }
  return copy;
}

function answer(value, spec, where, skipped) {
  const { type } = spec;
  const many = type === "lijst" || type === "tabel";
  if (!many && typeof value === "string")
    return ANSWER_KINDS[type] ? checked(value, ANSWER_KINDS[type], where) : value;
  if (
    (type && !many) ||
    !Array.isArray(value) ||
    value.length > (type === "lijst" ? spec.size : MAX_ROWS)
  ) {
    fail(where);
  }
  return value.map((entry, i) =>
    type === "lijst" || (!type && typeof entry === "string")
      ? checked(entry, "text", where)
      : Object.fromEntries(
          group(entry, spec.columns, `${where} → ${i + 1}`, skipped).map(([column, cell, , at]) => [
            column,
            checked(cell, ANSWER_KINDS[spec.columns?.[column]] ?? "text", at),
          ]),
        ),
  );
}

// A checked copy of a state of the current version: {state, skipped}, or an Error naming
// the first wrong place. With a manifest (an import), parts it does not know are skipped.
export function check(data, manifest) {
  const skipped = [];
  const strict = !!manifest;
  if (!isObject(data)) fail(""); // the whole file: data-tools.js names it in words
  const state = strict ? blank() : { ...data, ...blank() };
  const entries = (kind) =>
    group(data[kind], manifest?.[kind], kind, skipped).map((entry) =>
      isObject(entry[1]) ? entry : fail(entry[3]),
    );
  for (const [id, entry, spec, where] of entries("checklists")) {
    const items = (state.checklists[id] = { items: {} }).items;
    for (const [item, on, , at] of group(entry.items, spec.items, where, skipped)) {
      if (typeof on !== "boolean") fail(at);
      if (on) items[item] = true;
    }
  }
  for (const [id, entry, spec, where] of entries("templates")) {
    const saved = (state.templates[id] = { fields: {} });
    for (const [field, value, fieldSpec, at] of group(entry.fields, spec.fields, where, skipped)) {
      saved.fields[field] = answer(value, fieldSpec, at, skipped);
    }
    for (const [field, on, , at] of group(
      entry.agenda,
      spec.fields,
      `${where} → agenda`,
      skipped,
    )) {
      saved.agenda ??= {};
      saved.agenda[field] = typeof on === "boolean" ? on : fail(at);
    }
    if (entry.saved !== undefined) {
      saved.saved =
        typeof entry.saved === "string" && Date.parse(entry.saved)
          ? entry.saved
          : fail(`${where} → saved`);
    }
  }
  const tools = strict ? TOOLS : { ...data.tools, ...TOOLS };
  for (const [id, entry, , where] of group(data.tools, tools, "tools", skipped)) {
    state.tools[id] = Object.hasOwn(TOOLS, id)
      ? record(entry, TOOLS[id], where, skipped, strict)
      : entry;
  }
  return { state, skipped };
}

// Runs the migrations from the data's version up to VERSION; an Error names a version
// it cannot read.
export function migrate(data) {
  const version = data?.version;
  if (!(Number.isInteger(version) && version > 0 && version <= VERSION)) fail("version");
  try {
    for (const { from, run } of MIGRATIONS) if (data.version === from) data = run(data);
  } catch {
    fail("version");
  }
  return data;
}

// migrate + check: for an import, strict (one wrong place refuses the whole file).
export const upgrade = (data, manifest) => check(migrate(data), manifest);

// The parts of a state one by one, each as a small state of its own: a checklist, one
// answer, one agenda choice, one tool field or one entry of a tool's list.
function parts(data) {
  const found = [];
  const part = (where, section, id, inner) =>
    found.push([where, { version: data.version, [section]: { [id]: inner } }]);
  // visit(entry) for each entry of `value`; a `value` that is no object is a part of its
  // own, as `whole` puts it in a state.
  const each = (value, where, whole, visit) => {
    if (isObject(value)) Object.entries(value).forEach(visit);
    else if (value !== undefined) found.push([where, { version: data.version, ...whole }]);
  };
  each(data.checklists, "checklists", { checklists: data.checklists }, ([id, entry]) =>
    part(`checklists → ${id}`, "checklists", id, entry),
  );
  each(data.templates, "templates", { templates: data.templates }, ([id, entry]) => {
    if (!isObject(entry)) return part(`templates → ${id}`, "templates", id, entry);
    const at = `templates → ${id}`;
    each(entry.fields, at, { templates: { [id]: { fields: entry.fields } } }, ([field, value]) =>
      part(`${at} → ${field}`, "templates", id, { fields: { [field]: value } }),
    );
    each(
      entry.agenda,
      `${at} → agenda`,
      { templates: { [id]: { agenda: entry.agenda } } },
      ([field, on]) =>
        part(`${at} → agenda → ${field}`, "templates", id, { agenda: { [field]: on } }),
    );
    if (entry.saved !== undefined) part(`${at} → saved`, "templates", id, { saved: entry.saved });
  });
  each(data.tools, "tools", { tools: data.tools }, ([id, entry]) => {
    if (!isObject(entry) || !Object.hasOwn(TOOLS, id))
      return part(`tools → ${id}`, "tools", id, entry);
    for (const [field, value] of Object.entries(entry)) {
      const many = Array.isArray(TOOLS[id][field]) && Array.isArray(value);
      if (!many) part(`tools → ${id} → ${field}`, "tools", id, { [field]: value });
      else
        value.forEach((one, i) => {
          part(`tools → ${id} → ${field} → ${i + 1}`, "tools", id, { [field]: [one] });
        });
    }
  });
  return found;
}

function merge(into, from) {
  for (const [key, value] of Object.entries(from)) {
    if (Array.isArray(value) && Array.isArray(into[key])) into[key].push(...value);
    else if (isObject(value) && isObject(into[key])) merge(into[key], value);
    else into[key] = value;
  }
  return into;
}

// For data read from storage or a "beschadigde gegevens" file: every part that passes
// the checks, and the parts that do not, to be set aside: {state, skipped, broken:
// [{where, part}]}. An Error if the data as a whole cannot be read (not an object, a
// version it cannot migrate).
export function salvage(data, manifest) {
  const whole = migrate(data);
  try {
    return { ...upgrade(whole, manifest), broken: [] };
  } catch {
    // some part is wrong: sorted out below
  }
  const state = manifest ? blank() : { ...whole, ...blank() };
  const skipped = [];
  const broken = [];
  for (const [where, part] of parts(whole)) {
    try {
      const result = check(part, manifest);
      skipped.push(...result.skipped);
      for (const section of ["checklists", "templates", "tools"])
        merge(state[section], result.state[section]);
    } catch {
      broken.push({ where, part });
    }
  }
  for (const [id, shape] of Object.entries(TOOLS)) {
    for (const [field, kind] of Object.entries(shape)) {
      const list = state.tools[id]?.[field];
      if (Array.isArray(kind) && Object.hasOwn(kind[1], "id") && Array.isArray(list))
        uniqueIds(list);
    }
  }
  return { state, skipped, broken };
}
