// Migration 4 → 5 (format.js): the SMART helper and the template smart-doelen, and the
// feedback builder and the template feedback-leidinggevende-formulier, each kept their
// own copy of the same answers. This joins each pair into one place, losing nothing.
// Pure: no DOM, no storage.
import { isDay, isObject } from "./format.js";

const FEEDBACK_TEMPLATE = "feedback-leidinggevende-formulier";
const FEEDBACK_PARTS = ["situatie", "effect", "wens", "positief"];
const SMART_TEMPLATE = "smart-doelen";
const SMART_SLOTS = [1, 2];
const SMART_TEXTS = ["specifiek", "meetbaar", "acceptabel", "realistisch"];
// The template's "Tijdgebonden" was free text, mostly "1 juli 2027" (written by the
// helper's old "Zet in het sjabloon"); the helper keeps a day.
const MONTHS =
  "januari februari maart april mei juni juli augustus september oktober november december".split(
    " ",
  );

const text = (value) => (typeof value === "string" ? value.trim() : "");

// Both texts when they differ, the first above the second; a copy of the same text once.
// A value that is no text is broken: the other one's text wins, else the broken value
// stays for the checks to set aside.
function join(first, second) {
  if (first !== undefined && typeof first !== "string") return first;
  if (second !== undefined && typeof second !== "string") return text(first) ? first : second;
  if (!text(first)) return second ?? first;
  if (!text(second) || text(first) === text(second)) return first;
  return `${first.trimEnd()}\n\n${second.trim()}`;
}

// "YYYY-MM-DD" for a day typed as "2027-07-01" or "1 juli 2027", else "".
function readDay(value) {
  const typed = text(value).toLowerCase();
  const found = typed.match(/^(\d{1,2}) ([a-z]+) (\d{4})$/);
  const month = found ? MONTHS.indexOf(found[2]) + 1 : 0;
  const day = month
    ? `${found[3]}-${String(month).padStart(2, "0")}-${found[1].padStart(2, "0")}`
    : typed;
  return isDay(day) ? day : "";
}

// Feedback: the builder's parts go into the template's fields; where both hold different
// text, the template's text comes first and the builder's below it (joined text).
function joinFeedback(templates, tools) {
  const { feedback, ...rest } = tools;
  if (!isObject(feedback)) return [templates, tools]; // none, or broken: left for the checks
  const entry = isObject(templates[FEEDBACK_TEMPLATE]) ? templates[FEEDBACK_TEMPLATE] : {};
  const fields = isObject(entry.fields) ? { ...entry.fields } : {};
  const unknown = {}; // a newer release's field stays where it was, as an unknown tool
  for (const [part, value] of Object.entries(feedback)) {
    if (!FEEDBACK_PARTS.includes(part)) unknown[part] = value;
    else if (value !== undefined) fields[part] = join(fields[part], value);
  }
  const left = Object.keys(unknown).length ? { ...rest, feedback: unknown } : rest;
  return [{ ...templates, [FEEDBACK_TEMPLATE]: { agenda: {}, ...entry, fields } }, left];
}

// SMART: each goal of the template (slots 1 and 2) becomes a goal of the helper, unless
// the helper has a goal with the same four letters (it was copied from there). The goal
// "in one sentence" is dropped where it holds the goal's Specifiek (the helper composed
// it); else it is joined above Specifiek, as is a Tijdgebonden that is no day. Separate
// goals, then: a template goal that differs is added after the helper's own goals.
function joinSmart(templates, tools) {
  const entry = templates[SMART_TEMPLATE];
  if (!isObject(entry) || !isObject(entry.fields)) return [templates, tools];
  const fields = { ...entry.fields };
  const smart = isObject(tools.smart) ? tools.smart : {};
  const goals = Array.isArray(smart.goals) ? [...smart.goals] : [];
  for (const slot of SMART_SLOTS) {
    const key = (letter) => (letter ? `doel-${slot}-${letter}` : `doel-${slot}`);
    const keys = [key(), ...[...SMART_TEXTS, "tijdgebonden"].map(key)];
    if (keys.some((field) => fields[field] !== undefined && typeof fields[field] !== "string"))
      continue; // a broken answer stays where it is, for the checks to set aside
    const goal = Object.fromEntries(
      SMART_TEXTS.map((letter) => [letter, fields[key(letter)] ?? ""]),
    );
    const time = fields[key("tijdgebonden")] ?? "";
    goal.tijdgebonden = readDay(time);
    const sentence = fields[key()] ?? "";
    for (const field of keys) delete fields[field];
    const at = goals.findIndex(
      (other) =>
        isObject(other) &&
        SMART_TEXTS.every((letter) => text(other[letter]) === text(goal[letter])),
    );
    const same = at >= 0 ? (goals[at] = { ...goals[at] }) : null;
    const into = same ?? goal;
    const core = text(into.specifiek)
      .replace(/^ik wil\s+/i, "")
      .replace(/[.!?]+$/, "");
    const extra = [!(core && sentence.includes(core)) && sentence, !goal.tijdgebonden && time];
    for (const more of extra.filter((value) => text(value)).reverse())
      into.specifiek = join(more, into.specifiek);
    if (same) {
      if (!same.tijdgebonden && goal.tijdgebonden) same.tijdgebonden = goal.tijdgebonden;
    } else if ([...SMART_TEXTS, "tijdgebonden"].some((letter) => text(goal[letter]))) {
      goals.push({ id: `sjabloon-doel-${slot}`, ...goal });
    }
  }
  const next = goals.length ? { ...tools, smart: { ...smart, goals } } : tools;
  return [{ ...templates, [SMART_TEMPLATE]: { ...entry, fields } }, next];
}

export function joinCopies(old) {
  // A whole section that is broken is left for salvage to set aside.
  if (!isObject(old.templates ?? {}) || !isObject(old.tools ?? {})) return old;
  let templates = old.templates ?? {};
  let tools = old.tools ?? {};
  [templates, tools] = joinFeedback(templates, tools);
  [templates, tools] = joinSmart(templates, tools);
  return { ...old, templates, tools };
}
