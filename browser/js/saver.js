// The one debounced saver of forms and tools: edits wait for a pause in typing (the
// latest per key) and are all written when the page is hidden or left.
import { change } from "./store.js";
import { showTroubleNotices } from "./ui.js";

const waiting = new Set();
export const saveAll = () => {
  for (const flush of waiting) flush();
};
addEventListener("pagehide", saveAll);
addEventListener("visibilitychange", () => document.hidden && saveAll());

// save(key, edit): applies edit(state) after a pause; save(key, edit, true) writes it and
// all before it now. save.pending(key): an edit with that key is not written yet.
// after(saved) runs after each write; saved is false if it stayed in memory.
export function saver(pause = 400, after = () => {}) {
  const edits = new Map();
  let timer = 0;
  const flush = () => {
    clearTimeout(timer);
    waiting.delete(flush);
    const all = [...edits.values()];
    edits.clear();
    if (!all.length) return;
    const saved = change((state) => {
      for (const edit of all) edit(state);
    });
    if (!saved) showTroubleNotices();
    after(saved);
  };
  const save = (key, edit, now = false) => {
    edits.set(key, edit);
    waiting.add(flush);
    clearTimeout(timer);
    if (now) flush();
    else timer = setTimeout(flush, pause);
  };
  save.pending = (key) => edits.has(key);
  save.flush = flush;
  return save;
}
