// Formuleer een SMART-doel: a card per goal, made from the page's <template>. The goal
// in words and the letters still missing follow what the reader types.
import { longDate, today } from "./dates.js";
import { TOOLS } from "./format.js";
import { onOutsideChange, read } from "./store.js";
import { copy, newId, record, savedFields, saver, siteLink, toTemplate } from "./tool-parts.js";
import { chooseStep, confirmStep, el } from "./ui.js";

const LETTERS = [
  ["S", "specifiek", "Specifiek"],
  ["M", "meetbaar", "Meetbaar"],
  ["A", "acceptabel", "Acceptabel"],
  ["R", "realistisch", "Realistisch"],
  ["T", "tijdgebonden", "Tijdgebonden"],
];
const MAX_GOALS = TOOLS.smart.goals[0];
// The template smart-doelen has room for two goals: fields doel-1, doel-1-specifiek, …
const TEMPLATE = "smart-doelen";
const SLOTS = [1, 2];

const letters = () => Object.fromEntries(LETTERS.map(([, field]) => [field, ""]));
// A goal keeps its id, so two tabs edit and delete the same goal, whatever its place.
const blank = () => ({ id: newId(), ...letters() });
const bare = (text) => text.trim().replace(/[.!?]+$/, "");
const sentence = (text) =>
  bare(text) ? `${bare(text)[0].toUpperCase()}${bare(text).slice(1)}.` : "";
const and = (items) =>
  items.length > 1 ? `${items.slice(0, -1).join(", ")} en ${items.at(-1)}` : items[0];

// "Voor 1 juli 2027 wil ik …", then the reader's own sentences for M, A and R.
function compose(goal) {
  const what = bare(goal.specifiek).replace(/^ik wil\s+/i, "");
  const first =
    what &&
    `${goal.tijdgebonden ? `Voor ${longDate(goal.tijdgebonden)} wil ik` : "Ik wil"} ${what}.`;
  return [first, sentence(goal.meetbaar), sentence(goal.acceptabel), sentence(goal.realistisch)]
    .filter(Boolean)
    .join(" ");
}

const setText = (node, text) => node.textContent !== text && (node.textContent = text);

export function setup(root) {
  const template = root.querySelector("template");
  const cards = root.querySelector("[data-goals]");
  const tools = root.querySelector(":scope > .gk-tool__buttons");
  const add = tools.querySelector('[data-action="add"]');
  const save = saver();
  let goals = [];

  // A card for goal n: "__" in ids, labels and texts becomes n.
  const card = (n) => {
    const node = template.content.firstElementChild.cloneNode(true);
    for (const element of [node, ...node.querySelectorAll("[id], [for], [aria-describedby]")]) {
      for (const name of ["id", "for", "aria-describedby"]) {
        if (element.hasAttribute(name))
          element.setAttribute(name, element.getAttribute(name).replaceAll("__", n));
      }
    }
    const texts = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    while (texts.nextNode()) texts.currentNode.data = texts.currentNode.data.replaceAll("__", n);
    return node;
  };

  const update = (node, goal) => {
    const missing = LETTERS.filter(([, field]) => !goal[field].trim()).map(
      ([letter, , name]) => `${letter} (${name})`,
    );
    setText(
      node.querySelector("[data-missing]"),
      missing.length ? `Nog niet ingevuld: ${and(missing)}.` : "Bij alle vijf letters staat iets.",
    );
    setText(
      node.querySelector("[data-composed]"),
      compose(goal) || "Vul de letters in. Dan zie je hier je doel.",
    );
    const late = goal.tijdgebonden && goal.tijdgebonden < today();
    setText(node.querySelector(".gk-field__note"), late ? "Let op: deze datum is al voorbij." : "");
  };

  const render = () => {
    cards.replaceChildren(...goals.map((_goal, i) => card(i + 1)));
    [...cards.children].forEach((node, i) => {
      for (const input of node.querySelectorAll("[data-letter]"))
        input.value = goals[i][input.dataset.letter];
      update(node, goals[i]);
    });
    add.disabled = goals.length >= MAX_GOALS;
  };
  const load = (state) => {
    goals = (state.tools.smart?.goals ?? []).map((goal) => ({ ...letters(), ...goal }));
    if (!goals.length) goals.push(blank());
  };
  const savedGoals = (state) => record(state, "smart", () => ({ goals: [] })).goals;
  // The saved copy of `goal`, added at the end if missing (another tab removed it, or
  // it is new).
  const savedGoal = (state, goal) => {
    const saved = savedGoals(state);
    return saved.find(({ id }) => id === goal.id) ?? saved[saved.push({ ...goal }) - 1];
  };
  const focusGoal = (i) =>
    cards.children[Math.min(i, goals.length - 1)].querySelector("[data-letter]").focus();

  cards.addEventListener("input", ({ target }) => {
    const node = target.closest(".gk-smart__goal");
    const i = [...cards.children].indexOf(node);
    const { letter } = target.dataset;
    const value = target.value;
    const goal = goals[i];
    goal[letter] = value;
    update(node, goal);
    save(`${goal.id} ${letter}`, (state) => (savedGoal(state, goal)[letter] = value));
  });

  cards.addEventListener("click", async ({ target }) => {
    const action = target.closest("button")?.dataset.action;
    const node = target.closest(".gk-smart__goal");
    const i = [...cards.children].indexOf(node);
    const goal = goals[i];
    const message = node?.querySelector(".gk-tool__message");
    if (!action) return;
    if (action === "remove") {
      const text = el("p", {}, "Wat je bij dit doel hebt ingevuld, gaat weg.");
      if (!(await confirmStep(`Doel ${i + 1} verwijderen?`, [text], "Ja, verwijder", true))) return;
      save(
        `remove ${goal.id}`,
        (state) => {
          const saved = savedGoals(state);
          const at = saved.findIndex(({ id }) => id === goal.id);
          if (at >= 0) saved.splice(at, 1);
        },
        true,
      );
      goals.splice(i, 1);
      if (!goals.length) goals.push(blank());
      render();
      return focusGoal(i);
    }
    if (!compose(goal))
      return (message.textContent = "Er is nog niets om te gebruiken. Vul eerst de letters in.");
    if (action === "copy") return copy(node.querySelector("[data-composed]"), message);
    // action "template": the first slot if the template has no goals yet, else the reader picks.
    const saved = savedFields(TEMPLATE);
    const now = SLOTS.map((slot) =>
      typeof saved[`doel-${slot}`] === "string" ? saved[`doel-${slot}`].trim() : "",
    );
    let slot = SLOTS[0];
    if (now.some(Boolean)) {
      const details = [
        el("p", {}, "Wat er daar nu staat, gaat weg. Nu staat er:"),
        el("ul", {}, ...SLOTS.map((n, k) => el("li", {}, `Doel ${n}: ${now[k] || "nog leeg"}`))),
      ];
      const choice = await chooseStep(
        "Welk doel in het sjabloon wil je invullen?",
        details,
        SLOTS.map((n) => `Als doel ${n}`),
      );
      if (choice < 0) return (message.textContent = "Je hebt niets veranderd.");
      slot = SLOTS[choice];
    }
    const answers = { [`doel-${slot}`]: compose(goal) };
    for (const [, field] of LETTERS) {
      answers[`doel-${slot}-${field}`] =
        field === "tijdgebonden" && goal[field] ? longDate(goal[field]) : goal[field].trim();
    }
    await toTemplate(TEMPLATE, answers, true);
    message.replaceChildren(
      `Klaar: dit is nu doel ${slot} in het sjabloon. `,
      siteLink("sjablonen/smart-doelen/", "Open het sjabloon SMART-doelen"),
      ".",
    );
  });

  tools.addEventListener("click", ({ target }) => {
    const action = target.closest("button")?.dataset.action;
    if (action === "print") print();
    if (action !== "add") return;
    const added = blank();
    const before = goals.slice();
    goals.push(added);
    save(
      `add ${added.id}`,
      (state) => {
        for (const goal of before) savedGoal(state, goal);
        savedGoal(state, added);
      },
      true,
    );
    render();
    focusGoal(goals.length - 1);
  });

  // Typed into the first goal before this code ran: kept, and saved.
  const typed = [...cards.querySelectorAll("[data-letter]")].filter(
    (input) => input.value !== input.defaultValue,
  );
  load(read());
  for (const { dataset, value } of typed) {
    const goal = goals[0];
    goal[dataset.letter] = value;
    save(
      `${goal.id} ${dataset.letter}`,
      (state) => (savedGoal(state, goal)[dataset.letter] = value),
    );
  }
  render();
  onOutsideChange(root, (state) => {
    if (root.contains(document.activeElement)) return; // the reader is busy here
    load(state);
    render();
  });
}
