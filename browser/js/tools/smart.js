// Formuleer een SMART-doel: a card per goal, made from the page's <template>. The goal
// in words and the letters still missing follow what the reader types. The goals live
// only here (tools.smart); the template smart-doelen shows them (saved-view.js).
import { locale, today } from "../dates.js";
import { TOOLS } from "../format.js";
import { compose } from "../goal-words.js";
import { onOutsideChange, read } from "../store.js";
import { wordsOf } from "../text.js";
import { copy, newId, record, saver } from "../tool-parts.js";
import { confirmStep, el } from "../ui.js";

const MAX_GOALS = TOOLS.smart.goals[0];

const setText = (node, text) => node.textContent !== text && (node.textContent = text);

export function setup(root) {
  const say = wordsOf(root);
  const template = root.querySelector("template");
  // The letters (field and name) as data/smart.yml has them, from the goal's inputs.
  const LETTERS = [...template.content.querySelectorAll("[data-letter]")].map((input) => [
    input.dataset.letter,
    input.dataset.name,
  ]);
  const letters = () => Object.fromEntries(LETTERS.map(([field]) => [field, ""]));
  // A goal keeps its id, so two tabs edit and delete the same goal, whatever its place.
  const blank = () => ({ id: newId(), ...letters() });
  const and = (items) => new Intl.ListFormat(locale(), { type: "conjunction" }).format(items);
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
    const missing = LETTERS.filter(([field]) => !goal[field].trim()).map(([, name]) => name);
    setText(
      node.querySelector("[data-missing]"),
      // Nothing is said about a goal the reader has not started: no error before any input.
      missing.length === LETTERS.length
        ? ""
        : missing.length
          ? say("ontbreekt", { letters: and(missing) })
          : say("compleet"),
    );
    setText(node.querySelector("[data-composed]"), compose(goal) || say("leeg"));
    const late = goal.timeBound && goal.timeBound < today();
    setText(node.querySelector(".gk-field__note"), late ? say("voorbij") : "");
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
      const text = el("p", {}, say("verwijder-uitleg"));
      if (!(await confirmStep(say("verwijder-vraag", { n: i + 1 }), [text], undefined, true)))
        return;
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
    if (!compose(goal)) return (message.textContent = say("niets"));
    if (action === "copy") return copy(node.querySelector("[data-composed]"), message);
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
