// Interface text from data/: the build puts it on the element that uses it as data-msg-*
// attributes (macros/html.py messages()), the tool's root for its own words and #gk-text
// for what every page shares (data/ui.yml). No sentence lives in the code.
import { locale } from "./dates.js";

const show = (value) => (typeof value === "number" ? value.toLocaleString(locale()) : value);

// A text from data with {name} places filled in: fill("Punt {n}", {n: 2}).
export const fill = (text, values = {}) =>
  text.replace(/\{(\w+)\}/g, (all, name) => (name in values ? String(show(values[name])) : all));

// A text as a literal part of a regular expression.
export const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const key = (name) => `msg${name.replace(/(?:^|-)(\w)/g, (_all, letter) => letter.toUpperCase())}`;

// The words of `element`: say("leeg-punt", values) reads data-msg-leeg-punt;
// say.count("doelen", n) the plural pair data-msg-doelen-one / -other.
export function wordsOf(element) {
  const data = element?.dataset ?? {};
  const say = (name, values) => fill(data[key(name)] ?? "", values);
  say.count = (name, n) => say(`${name}-${n === 1 ? "one" : "other"}`, { n });
  return say;
}

// What every page may say (notices, dialogs, copying).
export const shared = () => wordsOf(document.getElementById("gk-text"));
