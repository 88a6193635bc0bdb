// node --test tests/js/: the saved "Zet op de agenda" choices become bespreekpunten.
import assert from "node:assert/strict";
import { test } from "node:test";

import { migrateAgenda } from "../../browser/js/migrate-agenda.js";
import { addPoints, answerTexts } from "../../browser/js/point-list.js";

// Saved data in today's format: answers with agenda choices in two templates.
const today = () => ({
  version: 2,
  checklists: { voorbereiding: { items: { resultaten: true } } },
  templates: {
    voorbereidingsformulier: {
      fields: {
        "doel-gesprek": "  Een plan voor mijn ontwikkeling.  ",
        vragen: ["Hoe kijk jij naar mijn werk?", "", "Kan ik een cursus doen?"],
        nodig: "Meer tijd voor overleg.",
        ambities: "",
      },
      agenda: { "doel-gesprek": true, vragen: true, nodig: false, ambities: true },
      saved: "2026-11-30T10:00:00.000Z",
    },
    gespreksverslag: {
      fields: {
        acties: [{ actie: "Cursus zoeken", wie: "Ik", deadline: "2027-01-15" }, { actie: "" }],
      },
      agenda: { acties: true, samenvatting: true },
    },
    "smart-doelen": { fields: { "doel-1": "Excel leren" }, agenda: {} },
  },
  tools: { planner: { date: "2027-03-16" } },
});

test("each field marked true with an answer becomes a point with that answer", () => {
  const { state, changed } = migrateAgenda(today(), 100);
  assert.equal(changed, true);
  assert.deepEqual(state.tools.bespreekpunten.items, [
    {
      id: "agenda-voorbereidingsformulier-doel-gesprek",
      text: "Een plan voor mijn ontwikkeling.",
      source: "voorbereidingsformulier/doel-gesprek",
    },
    {
      id: "agenda-voorbereidingsformulier-vragen",
      text: "Hoe kijk jij naar mijn werk?",
      source: "voorbereidingsformulier/vragen",
    },
    {
      id: "agenda-voorbereidingsformulier-vragen-2",
      text: "Kan ik een cursus doen?",
      source: "voorbereidingsformulier/vragen",
    },
    {
      id: "agenda-gespreksverslag-acties",
      text: "Cursus zoeken – Ik – 2027-01-15",
      source: "gespreksverslag/acties",
    },
  ]);
});

test("nothing else is lost: answers, ticks and tools stay; the choices are used up", () => {
  const before = today();
  const { state } = migrateAgenda(before, 100);
  for (const [id, entry] of Object.entries(before.templates)) {
    assert.deepEqual(state.templates[id].fields, entry.fields);
    assert.deepEqual(state.templates[id].agenda, {});
  }
  assert.equal(
    state.templates.voorbereidingsformulier.saved,
    before.templates.voorbereidingsformulier.saved,
  );
  assert.deepEqual(state.checklists, before.checklists);
  assert.deepEqual(state.tools.planner, before.tools.planner);
  assert.deepEqual(before, today(), "the input is not changed");
});

test("points already on the list are kept first and not doubled; a second run changes nothing", () => {
  const old = today();
  old.tools.bespreekpunten = {
    items: [
      { id: "eigen", text: "Meer tijd voor overleg." },
      { id: "agenda-voorbereidingsformulier-vragen", text: "Kan ik een cursus doen?" },
    ],
  };
  const { state } = migrateAgenda(old, 100);
  const items = state.tools.bespreekpunten.items;
  assert.deepEqual(items.slice(0, 2), old.tools.bespreekpunten.items);
  assert.deepEqual(
    items.map((item) => item.text).filter((text) => text === "Kan ik een cursus doen?"),
    ["Kan ik een cursus doen?"],
  );
  assert.equal(new Set(items.map((item) => item.id)).size, items.length, "ids are unique");
  const again = migrateAgenda(state, 100);
  assert.equal(again.changed, false);
  assert.deepEqual(again.state, state);
});

test("the list never grows past its limit", () => {
  const { state } = migrateAgenda(today(), 2);
  assert.equal(state.tools.bespreekpunten.items.length, 2);
});

test("state without agenda choices is left as it is", () => {
  const plain = {
    version: 2,
    checklists: {},
    templates: { x: { fields: { a: "b" }, agenda: {} } },
    tools: {},
  };
  const { state, changed } = migrateAgenda(plain, 100);
  assert.equal(changed, false);
  assert.deepEqual(state, plain);
});

test("answerTexts and addPoints: empty answers give nothing, doubles are skipped", () => {
  assert.deepEqual(answerTexts(""), []);
  assert.deepEqual(answerTexts(["", " a "]), ["a"]);
  assert.deepEqual(answerTexts([{ actie: "", wie: "" }]), []);
  const items = [{ id: "x", text: "a" }];
  assert.equal(addPoints(items, ["a", "b", "b"], { max: 10, id: (n) => `n${n}` }), 1);
  assert.deepEqual(items, [
    { id: "x", text: "a" },
    { id: "n0", text: "b" },
  ]);
});
