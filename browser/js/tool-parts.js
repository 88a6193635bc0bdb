// What the tools share: saving while typing, copying and links.
import { el } from "./ui.js";

export { saver } from "./saver.js";

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

// A link to a page of the site, from its path under the site's root ("sjablonen/x/").
export const siteLink = (path, text) =>
  el("a", { href: new URL(path, window.__md_scope).pathname }, text);
