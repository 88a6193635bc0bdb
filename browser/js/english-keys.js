// Migration 5 → 6 (format.js): the keys the code defines (the tools and their fields)
// were half Dutch, half English; from version 6 they are English, like the rest of the
// code. Ids from data/ (checklists, templates, fields, kinds) stay as data names them.
// Pure: no DOM, no storage. A part that is not the expected shape moves as it is, for the
// checks to set aside.
import { isObject } from "./format.js";

// old tool id → [new tool id, {old field: new field}, {list field: {old key: new key}}]
const RENAMES = {
  bespreekpunten: ["points", {}, { items: { tekst: "text", bron: "source" } }],
  gesprekskaart: ["card", { naam: "name", met: "manager" }, {}],
  gesprek: ["meeting", { soort: "kind" }, {}],
  smart: [
    "smart",
    {},
    {
      goals: {
        specifiek: "specific",
        meetbaar: "measurable",
        acceptabel: "achievable",
        realistisch: "relevant",
        tijdgebonden: "timeBound",
      },
    },
  ],
};

// Own keys only: a saved key such as "constructor" is a name, not Object's property.
const nameOf = (key, names) => (Object.hasOwn(names, key) ? names[key] : key);
const renamed = (value, names) =>
  isObject(value)
    ? Object.fromEntries(Object.entries(value).map(([key, item]) => [nameOf(key, names), item]))
    : value;

export function englishKeys(old) {
  if (!isObject(old.tools)) return old;
  const tools = {};
  for (const [id, entry] of Object.entries(old.tools)) {
    const [to, fields, lists] = Object.hasOwn(RENAMES, id) ? RENAMES[id] : [id, {}, {}];
    const next = renamed(entry, fields);
    for (const [list, keys] of Object.entries(lists)) {
      if (Array.isArray(next?.[list])) next[list] = next[list].map((one) => renamed(one, keys));
    }
    tools[to] = next;
  }
  return { ...old, tools };
}
