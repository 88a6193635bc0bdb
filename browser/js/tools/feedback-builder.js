// Feedback voor je leidinggevende: four parts make one message as the reader types. Words
// that often sound like an accusation (data/feedback-woorden.yml) get a tip, no verdict.
// The parts are the fields of the template feedback-leidinggevende-formulier (one answer
// in one place): this is the way to fill them in, the template the way to print them.
import { onOutsideChange, read } from "../store.js";
import { escapeRegExp, wordsOf } from "../text.js";
import { copy, saver } from "../tool-parts.js";
import { el } from "../ui.js";

// [{tip, pattern}]: each entry's forms as whole words, in any case (no lookbehind:
// Safari 15 lacks it).
const patterns = (words) =>
  words.map(({ forms, tip }) => ({
    tip,
    pattern: new RegExp(`(?:^|[^\\p{L}'])(${forms.map(escapeRegExp).join("|")})(?![\\p{L}])`, "iu"),
  }));

// [[the words as typed, tip]] for each entry found in `text`.
const findWords = (text, entries) =>
  entries.flatMap(({ tip, pattern }) => {
    const found = text.match(pattern);
    return found ? [[found[1], tip]] : [];
  });

export function setup(root) {
  const say = wordsOf(root); // data/feedback-woorden.yml meldingen
  const TEMPLATE = root.dataset.template; // the template whose fields the parts are
  const entries = patterns(JSON.parse(root.querySelector("#gk-feedback-words").dataset.words));
  const form = root.querySelector(".gk-tool__form");
  const areas = [...form.querySelectorAll("[data-part]")];
  const composed = root.querySelector("[data-composed]");
  const empty = [...composed.childNodes];
  const tools = root.querySelector(".gk-tool__buttons");
  const message = tools.nextElementSibling;
  const save = saver();
  const shown = new Map(); // area → the words it flags now

  const flag = (area) => {
    const found = findWords(area.value, entries);
    const key = found.map(([words]) => words.toLowerCase()).join();
    if (shown.get(area) === key) return; // unchanged: a screen reader hears nothing new
    shown.set(area, key);
    const box = document.getElementById(area.getAttribute("aria-describedby").split(" ").at(-1));
    box.replaceChildren(
      ...(found.length
        ? [
            el("p", {}, say("harder")),
            el(
              "ul",
              {},
              ...found.map(([words, tip]) =>
                el("li", {}, el("strong", {}, `‘${words}’`), `: ${tip}`),
              ),
            ),
          ]
        : []),
    );
  };
  const show = () => {
    const texts = areas.map((area) => area.value.trim()).filter(Boolean);
    composed.replaceChildren(...(texts.length ? texts.map((text) => el("p", {}, text)) : empty));
    tools.hidden = !texts.length; // copy and print only a message
    areas.forEach(flag);
  };

  const keep = ({ dataset: { part }, value }) =>
    save(part, (state) => {
      const entry = (state.templates[TEMPLATE] ??= { fields: {}, agenda: {} });
      entry.fields[part] = value;
      entry.saved = new Date().toISOString();
    });
  form.addEventListener("input", ({ target }) => {
    show();
    keep(target);
  });

  tools.addEventListener("click", ({ target }) => {
    const action = target.closest("button")?.dataset.action;
    if (action === "print") return print();
    if (action === "copy") return copy(composed, message);
  });

  const fill = (state) => {
    const saved = state.templates[TEMPLATE]?.fields ?? {};
    for (const area of areas)
      if (area !== document.activeElement) area.value = saved[area.dataset.part] ?? "";
    show();
  };
  // Typed before this code ran: kept, and saved.
  const typed = areas
    .filter((area) => area.value !== area.defaultValue)
    .map((area) => [area, area.value]);
  fill(read());
  for (const [area, value] of typed) keep(Object.assign(area, { value }));
  show();
  onOutsideChange(root, fill);
}
