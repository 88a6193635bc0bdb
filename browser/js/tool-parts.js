// What the tools share: saving while typing, new ids and copying.

import { shared } from "./text.js";

export { saver } from "./saver.js";

// A new id for an entry of a list (a success, a SMART goal).
export const newId = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

// A list's example for when it is empty ([data-empty]) and its parts that need entries
// ([data-with-entries]): the returned function shows the one or the others for a count.
export function emptyOrEntries(root) {
  const empty = root.querySelector("[data-empty]");
  const withEntries = root.querySelectorAll("[data-with-entries]");
  return (count) => {
    empty.hidden = count > 0;
    for (const part of withEntries) part.hidden = !count;
  };
}

// The tool's own saved record, made when missing.
export const record = (state, tool, fresh) => (state.tools[tool] ??= fresh());

// Without the Clipboard API (or permission) the text is selected, for the reader to copy.
export async function copy(source, line) {
  try {
    // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the line breaks the reader sees
    await navigator.clipboard.writeText(source.innerText.trim());
    line.textContent = shared()("gekopieerd");
  } catch {
    getSelection().selectAllChildren(source);
    line.textContent = shared()("kopieren-mislukt");
  }
}
