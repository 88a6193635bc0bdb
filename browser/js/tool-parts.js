// What the four tools share: saving while typing, copying, and putting text into the
// saved answers of a template, as if the reader had typed it there.
import { change, read } from "./store.js";
import { confirmStep, el, showTroubleNotices } from "./ui.js";

export { saver } from "./saver.js";

const write = (edit) => change(edit) || showTroubleNotices();

// A new id for an entry of a list (a success, a SMART goal).
export const newId = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

// The tool's own saved record, made when missing.
export const record = (state, tool, fresh) => (state.tools[tool] ??= fresh());

// Without the Clipboard API (or permission) the text is selected, for the reader to copy.
export async function copy(source, line) {
  try {
    // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the line breaks the reader sees
    await navigator.clipboard.writeText(source.innerText.trim());
    line.textContent = "Gekopieerd. Plak de tekst waar je hem nodig hebt.";
  } catch {
    getSelection().selectAllChildren(source);
    line.textContent =
      "Kopiëren lukt hier niet vanzelf. De tekst is geselecteerd: kopieer hem met Ctrl+C, of met Cmd+C op een Mac.";
  }
}

export const savedFields = (template) => read().templates[template]?.fields ?? {};

// Puts answers (field → text) into a template; asks first if that replaces other text,
// unless `asked`. Resolves false if the reader says no.
export async function toTemplate(template, answers, asked = false) {
  const saved = savedFields(template);
  const replaces = Object.keys(answers).some(
    (field) =>
      typeof saved[field] === "string" && saved[field].trim() && saved[field] !== answers[field],
  );
  const text = el("p", {}, "Daar staat al tekst. Die gaat weg als je verder gaat.");
  if (
    replaces &&
    !asked &&
    !(await confirmStep("Tekst in het sjabloon vervangen?", [text], "Ja, vervang"))
  )
    return false;
  write((state) => {
    const entry = (state.templates[template] ??= { fields: {}, agenda: {} });
    Object.assign(entry.fields, answers);
    entry.saved = new Date().toISOString();
  });
  return true;
}

// A link to a page of the site, from its path under the site's root ("sjablonen/x/").
export const siteLink = (path, text) =>
  el("a", { href: new URL(path, window.__md_scope).pathname }, text);
