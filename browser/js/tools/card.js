// De gesprekskaart: one A4 sheet filled from what the reader saved. Each section names
// the tool or the template field it reads (data-card-*, from data/gesprekskaart.yml);
// it shows the first few and says how many more there are. Words come from the page.
import { longDate } from "../dates.js";
import { TOOLS } from "../format.js";
import { answerTexts } from "../point-list.js";
import { onOutsideChange, read } from "../store.js";
import { fill } from "../text.js";
import { record, saver } from "../tool-parts.js";
import { el } from "../ui.js";

// A long answer is cut here, so that the card always fits one page.
const MAX_CHARS = 110;
const clip = (text) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > MAX_CHARS ? `${flat.slice(0, MAX_CHARS - 1).trimEnd()}…` : flat;
};

// What the card shows of each tool's record, the most useful first.
const FROM_TOOL = {
  points: ({ items = [] }) => items.map((item) => item.text),
  successes: ({ entries = [] }) =>
    [...entries]
      .sort((a, b) => b.date.localeCompare(a.date))
      .map(({ date, what, result }) => `${longDate(date)}: ${what}${result ? ` (${result})` : ""}`),
  smart: ({ goals = [] }) =>
    goals
      .filter((goal) => goal.specific?.trim())
      .map(({ specific, timeBound }) =>
        timeBound ? `${specific.trim()} (${longDate(timeBound)})` : specific.trim(),
      ),
};

export function setup(root) {
  const form = root.querySelector("form");
  const sections = [...root.querySelectorAll("[data-card-section]")];
  const facts = Object.fromEntries(
    [...root.querySelectorAll("[data-meeting]")].map((node) => [node.dataset.meeting, node]),
  );
  const save = saver();

  const render = (state) => {
    const plan = state.tools.planner ?? {};
    const names = state.tools.card ?? {};
    facts.date.textContent = plan.date ? longDate(plan.date, true) : "";
    facts.time.textContent = plan.time ?? "";
    for (const name of Object.keys(TOOLS.card)) {
      facts[name].textContent = names[name] ?? "";
      if (document.activeElement !== form.elements[name])
        form.elements[name].value = names[name] ?? "";
    }
    for (const section of sections) {
      const {
        cardTool: tool,
        cardTemplate: template,
        cardField: field,
        size,
        msgMore: where,
      } = section.dataset;
      const texts = tool
        ? (FROM_TOOL[tool]?.(state.tools[tool] ?? {}) ?? [])
        : answerTexts(state.templates[template]?.fields?.[field]);
      const shown = texts.slice(0, Number(size));
      section
        .querySelector("[data-items]")
        .replaceChildren(...shown.map((text) => el("li", {}, clip(text))));
      section.classList.toggle("gk-card__section--filled", shown.length > 0);
      const more = section.querySelector("[data-more]");
      more.hidden = texts.length <= shown.length;
      more.textContent = more.hidden
        ? ""
        : fill(root.dataset.msgMore, { n: texts.length - shown.length, waar: where });
    }
  };

  form.addEventListener("input", ({ target }) => {
    const { name, value } = target;
    facts[name].textContent = value.trim();
    save(name, (state) => (record(state, "card", () => ({}))[name] = value.trim()));
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  root.querySelector('[data-action="print"]').addEventListener("click", () => {
    document.documentElement.dataset.gkPrint = "card";
    print();
  });

  render(read());
  onOutsideChange(root, render);
}
