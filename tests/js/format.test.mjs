// The saved state's format (browser/js/format.js): checks, each migration on its own,
// and the per-part quarantine. Run with `node --test tests/js/`.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  check,
  isDay,
  MIGRATIONS,
  migrate,
  salvage,
  upgrade,
  VERSION,
} from "../../browser/js/format.js";

const state = (parts) => ({ version: VERSION, checklists: {}, templates: {}, tools: {}, ...parts });
const MANIFEST = {
  checklists: { lijst: { items: ["a", "b"] } },
  templates: {
    formulier: {
      fields: {
        tekst: { type: "kort" },
        dag: { type: "datum" },
        acties: { type: "tabel", size: 3, columns: { actie: "kort", deadline: "datum" } },
      },
    },
  },
  tools: { planner: {}, smart: {}, successes: {}, card: {} },
};
const where = (fn) => {
  try {
    fn();
  } catch (error) {
    return error.message;
  }
  return null;
};

test("isDay accepts only days that exist", () => {
  assert.equal(isDay("2027-02-28"), true);
  assert.equal(isDay("2027-02-30"), false);
  assert.equal(isDay("9.30"), false);
});

test("migration 1 turns ticks and answers into checklists and templates", () => {
  const [one] = MIGRATIONS.filter(({ from }) => from === 1);
  const next = one.run({
    version: 1,
    ticks: { lijst: ["a"] },
    answers: { formulier: { tekst: "x", "rij.2.actie": "y" } },
  });
  assert.equal(next.version, 2);
  assert.deepEqual(next.checklists, { lijst: { items: { a: true } } });
  assert.deepEqual(next.templates.formulier.fields, { tekst: "x", rij: [{}, { actie: "y" }] });
});

test("migration 2 gives SMART goals an id by position, the same in every tab", () => {
  const [two] = MIGRATIONS.filter(({ from }) => from === 2);
  const old = {
    version: 2,
    checklists: {},
    templates: {},
    tools: { smart: { goals: [{ specifiek: "a" }, { specifiek: "b" }] } },
  };
  const next = two.run(old);
  assert.equal(next.version, 3);
  assert.deepEqual(
    next.tools.smart.goals.map((goal) => goal.id),
    ["doel-1", "doel-2"],
  );
  assert.deepEqual(two.run(old), next);
  assert.equal(two.run({ version: 2, tools: {} }).version, 3);
});

test("every version before the current one has a migration", () => {
  assert.deepEqual(
    MIGRATIONS.map(({ from }) => from),
    [...Array(VERSION - 1).keys()].map((i) => i + 1),
  );
  assert.equal(migrate({ version: 1, ticks: { lijst: ["a"] } }).version, VERSION);
  assert.equal(
    where(() => migrate({ version: VERSION + 1 })),
    "version",
  );
});

test("reading keeps a newer release's tool, tool field and section", () => {
  const newer = state({
    tools: { agenda: { kleur: "rood" }, feedback: { wens: "meer overleg", toon: "vriendelijk" } },
    notities: { x: 1 },
  });
  const { state: kept } = check(newer);
  assert.deepEqual(kept.tools.agenda, { kleur: "rood" });
  assert.deepEqual(kept.tools.feedback, { wens: "meer overleg", toon: "vriendelijk" });
  assert.deepEqual(kept.notities, { x: 1 });
});

test("an import skips and names what the manifest does not know", () => {
  const { state: checked, skipped } = check(
    state({ tools: { agenda: {}, card: { toon: "x" } } }),
    MANIFEST,
  );
  assert.deepEqual(checked.tools, { card: {} });
  assert.deepEqual(skipped, ["tools → agenda", "tools → card → toon"]);
});

test("a tool field named like a built-in property is a field like any other", () => {
  const data = state({ tools: { card: { constructor: "x", toString: "y" } } });
  assert.deepEqual(check(data, MANIFEST).skipped, [
    "tools → card → constructor",
    "tools → card → toString",
  ]);
  assert.deepEqual(check(data).state.tools.card, { constructor: "x", toString: "y" });
});

test("an import checks that datum answers and deadline cells are dates", () => {
  const day = (fields) =>
    where(() => check(state({ templates: { formulier: { fields } } }), MANIFEST));
  assert.equal(day({ dag: "2027-03-01" }), null);
  assert.equal(day({ dag: "" }), null);
  assert.equal(day({ dag: "morgen" }), "templates → formulier → dag");
  assert.equal(
    day({ acties: [{ actie: "bellen", deadline: "2027-13-01" }] }),
    "templates → formulier → acties → 1 → deadline",
  );
});

test("repeated or missing ids of list entries become unique", () => {
  const entry = { id: "a1", date: "2027-01-01", what: "x" };
  const { state: checked } = check(
    state({ tools: { successes: { entries: [entry, { ...entry, what: "y" }, { ...entry }] } } }),
  );
  assert.deepEqual(
    checked.tools.successes.entries.map(({ id }) => id),
    ["a1", "a1-2", "a1-3"],
  );
  const goals = check(state({ tools: { smart: { goals: [{ specifiek: "x" }] } } })).state.tools
    .smart.goals;
  assert.equal(goals[0].id, "nr-1");
});

test("salvage sets aside only the invalid part and keeps the rest", () => {
  const data = state({
    checklists: { lijst: { items: { a: true } }, kapot: { items: { b: "ja" } } },
    templates: { formulier: { fields: { tekst: "blijft", fout: 5 } } },
    tools: {
      planner: { date: "2027-03-01", time: "9.30" },
      successes: {
        entries: [
          { id: "a", date: "2027-01-01", what: "x" },
          { id: "b", date: "nooit", what: "y" },
        ],
      },
    },
  });
  const { state: kept, broken } = salvage(data);
  assert.deepEqual(kept.checklists, { lijst: { items: { a: true } } });
  assert.deepEqual(kept.templates.formulier.fields, { tekst: "blijft" });
  assert.deepEqual(kept.tools.planner, { date: "2027-03-01" });
  assert.deepEqual(
    kept.tools.successes.entries.map(({ id }) => id),
    ["a"],
  );
  assert.deepEqual(
    broken.map((part) => part.where),
    [
      "checklists → kapot",
      "templates → formulier → fout",
      "tools → planner → time",
      "tools → successes → entries → 2",
    ],
  );
  // Each part set aside is a small state of its own, so it can be imported again.
  assert.deepEqual(broken[2].part, { version: VERSION, tools: { planner: { time: "9.30" } } });
});

test("salvage of valid data changes nothing and sets nothing aside", () => {
  const data = state({ checklists: { lijst: { items: { a: true } } } });
  assert.deepEqual(salvage(structuredClone(data)), { state: data, skipped: [], broken: [] });
});

test("salvage of a section that is not an object sets aside that section", () => {
  const { state: kept, broken } = salvage({
    version: VERSION,
    checklists: [1, 2],
    tools: { feedback: { wens: "x" } },
  });
  assert.deepEqual(kept.checklists, {});
  assert.deepEqual(kept.tools.feedback, { wens: "x" });
  assert.deepEqual(
    broken.map((part) => part.where),
    ["checklists"],
  );
});

test("data that is not a state at all cannot be salvaged", () => {
  for (const data of [null, "tekst", [1], { version: "2" }]) assert.throws(() => salvage(data));
});

test("upgrade is strict: one wrong place refuses the file and names it", () => {
  const data = { version: 2, tools: { planner: { date: "2027-03-01", time: "9.30" } } };
  assert.equal(
    where(() => upgrade(data, MANIFEST)),
    "tools → planner → time",
  );
});

test("migration 4 joins two SMART copies and two feedback copies, losing nothing", () => {
  const [four] = MIGRATIONS.filter(({ from }) => from === 4);
  const letters = {
    specifiek: "Excel leren",
    meetbaar: "Elke maand",
    acceptabel: "Ja",
    realistisch: "2 uur",
  };
  const old = {
    version: 4,
    checklists: {},
    templates: {
      "smart-doelen": {
        fields: {
          // slot 1: a copy of the helper's goal, as "Zet in het sjabloon" wrote it
          "doel-1": "Voor 1 juli 2027 wil ik Excel leren. Elke maand. Ja. 2 uur.",
          ...Object.fromEntries(Object.entries(letters).map(([k, v]) => [`doel-1-${k}`, v])),
          "doel-1-tijdgebonden": "1 juli 2027",
          "doel-1-steun": "Een cursus",
          // slot 2: typed in the template only
          "doel-2": "Beter plannen",
          "doel-2-meetbaar": "Geen avondwerk",
          "doel-2-tijdgebonden": "na de zomer",
        },
        agenda: {},
      },
      "feedback-leidinggevende-formulier": {
        fields: { onderwerp: "Rooster", situatie: "Oud", effect: "Zelfde" },
        agenda: {},
      },
    },
    tools: {
      smart: { goals: [{ id: "a", ...letters, tijdgebonden: "" }] },
      feedback: { situatie: "Nieuw", effect: " Zelfde ", wens: "Vooraan", positief: "" },
      planner: { date: "2027-03-01" },
    },
  };
  const frozen = structuredClone(old);
  const next = four.run(old);
  assert.deepEqual(old, frozen, "the migration is pure");
  assert.equal(next.version, 5);
  assert.deepEqual(next.tools.smart.goals, [
    { id: "a", ...letters, tijdgebonden: "2027-07-01" },
    {
      id: "sjabloon-doel-2",
      specifiek: "Beter plannen\n\nna de zomer",
      meetbaar: "Geen avondwerk",
      acceptabel: "",
      realistisch: "",
      tijdgebonden: "",
    },
  ]);
  assert.deepEqual(next.templates["smart-doelen"].fields, { "doel-1-steun": "Een cursus" });
  assert.equal(next.tools.feedback, undefined);
  assert.deepEqual(next.templates["feedback-leidinggevende-formulier"].fields, {
    onderwerp: "Rooster",
    situatie: "Oud\n\nNieuw",
    effect: "Zelfde",
    wens: "Vooraan",
    positief: "",
  });
  assert.deepEqual(next.tools.planner, { date: "2027-03-01" });
});

test("migration 4 leaves a broken copy for the checks to set aside", () => {
  const [four] = MIGRATIONS.filter(({ from }) => from === 4);
  const next = four.run({
    version: 4,
    templates: { "smart-doelen": { fields: { "doel-1-meetbaar": 7, "doel-1": "Iets" } } },
    tools: { feedback: "kapot" },
  });
  assert.equal(next.tools.feedback, "kapot");
  assert.deepEqual(next.templates["smart-doelen"].fields, {
    "doel-1-meetbaar": 7,
    "doel-1": "Iets",
  });
  assert.equal(next.tools.smart, undefined);
});

test("migration 4 keeps a newer release's feedback field where it was", () => {
  const [four] = MIGRATIONS.filter(({ from }) => from === 4);
  const next = four.run({ version: 4, tools: { feedback: { wens: "x", toon: "zacht" } } });
  assert.deepEqual(next.tools.feedback, { toon: "zacht" });
  assert.deepEqual(next.templates["feedback-leidinggevende-formulier"].fields, { wens: "x" });
});

test("the kind of meeting is an optional part: kept when valid, set aside alone when not", () => {
  const chosen = state({
    checklists: { lijst: { items: { a: true } } },
    tools: { meeting: { kind: "beoordeling" } },
  });
  assert.deepEqual(salvage(structuredClone(chosen)).state, chosen);
  const imported = upgrade(structuredClone(chosen), {
    ...MANIFEST,
    tools: { ...MANIFEST.tools, meeting: {} },
  });
  assert.deepEqual(imported.state.tools.meeting, { kind: "beoordeling" });
  const bad = salvage(state({ checklists: chosen.checklists, tools: { meeting: { kind: 5 } } }));
  assert.deepEqual(bad.state.checklists, chosen.checklists);
  assert.equal(bad.state.tools.meeting, undefined);
  assert.deepEqual(
    bad.broken.map((part) => part.where),
    ["tools → meeting → kind"],
  );
});

test("migration 5 gives the tools and their fields English keys, losing nothing", () => {
  const [five] = MIGRATIONS.filter(({ from }) => from === 5);
  const old = {
    version: 5,
    checklists: { lijst: { items: { a: true } } },
    templates: {},
    tools: {
      planner: { date: "2027-03-01" },
      bespreekpunten: {
        items: [{ id: "p1", tekst: "Thuiswerken", bron: "voorbereidingsformulier/nodig" }],
      },
      gesprekskaart: { naam: "Sam", met: "Noor" },
      gesprek: { soort: "beoordeling" },
      smart: {
        goals: [
          {
            id: "doel-1",
            specifiek: "Excel leren",
            meetbaar: "Elk overzicht zelf",
            acceptabel: "Ja",
            realistisch: "2 uur per week",
            tijdgebonden: "2027-07-01",
            steun: "een newer release's field",
          },
        ],
      },
      agenda: { kleur: "rood" },
    },
  };
  const frozen = structuredClone(old);
  const next = five.run(old);
  assert.deepEqual(old, frozen, "the migration is pure");
  assert.equal(next.version, 6);
  assert.deepEqual(next.checklists, old.checklists);
  assert.deepEqual(next.tools, {
    planner: { date: "2027-03-01" },
    points: {
      items: [{ id: "p1", text: "Thuiswerken", source: "voorbereidingsformulier/nodig" }],
    },
    card: { name: "Sam", manager: "Noor" },
    meeting: { kind: "beoordeling" },
    smart: {
      goals: [
        {
          id: "doel-1",
          specific: "Excel leren",
          measurable: "Elk overzicht zelf",
          achievable: "Ja",
          relevant: "2 uur per week",
          timeBound: "2027-07-01",
          steun: "een newer release's field",
        },
      ],
    },
    agenda: { kleur: "rood" },
  });
  assert.deepEqual(salvage(next).broken, []);
});

test("migration 5 moves a broken tool as it is, for the checks to set aside alone", () => {
  const [five] = MIGRATIONS.filter(({ from }) => from === 5);
  const next = five.run({
    version: 5,
    checklists: { lijst: { items: { a: true } } },
    tools: { gesprekskaart: "kapot", bespreekpunten: { items: "kapot" }, smart: { goals: [7] } },
  });
  assert.deepEqual(next.tools, {
    card: "kapot",
    points: { items: "kapot" },
    smart: { goals: [7] },
  });
  const { state: kept, broken } = salvage(next);
  assert.deepEqual(kept.checklists, { lijst: { items: { a: true } } });
  assert.deepEqual(broken.map((part) => part.where).sort(), [
    "tools → card",
    "tools → points → items",
    "tools → smart → goals → 1",
  ]);
});

test("saved agenda choices of version 3 end as points with today's keys", () => {
  const { state: now } = upgrade({
    version: 3,
    templates: {
      voorbereidingsformulier: { fields: { nodig: "Een cursus" }, agenda: { nodig: true } },
    },
  });
  assert.deepEqual(now.tools, {
    points: {
      items: [
        {
          id: "agenda-voorbereidingsformulier-nodig",
          text: "Een cursus",
          source: "voorbereidingsformulier/nodig",
        },
      ],
    },
  });
});

test("migration 5 reads a key named like a built-in property as a name", () => {
  const [five] = MIGRATIONS.filter(({ from }) => from === 5);
  const tools = {
    toString: { a: "b" },
    gesprekskaart: { constructor: "x", naam: "Sam" },
    smart: { goals: [{ __proto__: null, hasOwnProperty: "y", specifiek: "Excel" }] },
  };
  assert.deepEqual(five.run({ version: 5, tools }).tools, {
    toString: { a: "b" },
    card: { constructor: "x", name: "Sam" },
    smart: { goals: [{ hasOwnProperty: "y", specific: "Excel" }] },
  });
});
