// The saved state in localStorage: reading (with migrations and per-part quarantine),
// writing, tab sync and wiping. When storage fails, the state lives in memory and
// `trouble` says why. The format itself is in format.js.
import { blank, isObject, salvage, VERSION } from "./format.js";

const PREFIX = "gespreksklaar:"; // every key of the site
const KEY = "gespreksklaar:state";
const ASIDE = "gespreksklaar:corrupt";

// unavailable: storage is blocked or a write failed; newer: a newer release's data is
// stored (left alone, never overwritten); corrupt: the places set aside on this page.
export const trouble = { unavailable: false, newer: false, corrupt: false, setAside: [] };

let storage = null;
let memory = blank();
let aside = [];
try {
  storage = localStorage;
  storage.getItem(KEY);
} catch {
  storage = null;
  trouble.unavailable = true;
}

// Tells the page parts (ui.js) that `trouble` changed.
const troubled = () => dispatchEvent(new Event("gk:trouble"));

function write(state) {
  memory = state;
  if (!storage || trouble.newer) return false;
  return put(KEY, state);
}

// True if stored. A failure (full, for example) leaves the storage in use: a later,
// smaller write, a wipe or a read may still work.
function put(key, value) {
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    trouble.unavailable = true;
    return false;
  }
}

export function asideCopies() {
  try {
    const stored = JSON.parse(storage?.getItem(ASIDE) ?? "null");
    return Array.isArray(stored) ? stored : aside;
  } catch {
    return aside;
  }
}

// Adds copies to the set-aside store; true if stored there.
function putAside(copies) {
  aside = [...asideCopies(), ...copies];
  return put(ASIDE, aside);
}

// The state, read afresh: another tab may have changed it.
export function read() {
  if (!storage) return memory;
  let raw;
  try {
    raw = storage.getItem(KEY);
  } catch {
    trouble.unavailable = true;
    return memory;
  }
  trouble.newer = false;
  if (raw === null) return (memory = blank());
  const found = new Date().toISOString();
  let data;
  try {
    data = JSON.parse(raw);
  } catch {
    data = undefined;
  }
  if (isObject(data) && data.version > VERSION) {
    // A newer release's data: the page keeps what it shows and saves nothing.
    trouble.newer = true;
    return memory;
  }
  let result;
  try {
    result = salvage(data);
  } catch {
    // Unreadable as a whole: moved aside (if that fails, it stays put).
    trouble.corrupt = true;
    if (!trouble.setAside.includes("alles")) trouble.setAside.push("alles");
    memory = blank();
    if (putAside([{ found, text: raw }])) storage.removeItem(KEY);
    return memory;
  }
  const { state, broken } = result;
  memory = state;
  if (broken.length) {
    trouble.corrupt = true;
    for (const { where } of broken)
      if (!trouble.setAside.includes(where)) trouble.setAside.push(where);
    const copies = broken.map(({ where, part }) => ({ found, where, text: JSON.stringify(part) }));
    if (putAside(copies)) write(state);
  } else if (data.version < VERSION) write(state);
  return memory;
}

// Edits the freshest state, so another tab's input is kept; true if saved on the device.
export function change(edit) {
  const state = read();
  edit(state);
  return write(state);
}

// Puts whole parts (checklists, templates, tools by id) into the stored state; true only
// if reading it back gives exactly those parts.
export function replaceParts(incoming) {
  const sections = ["checklists", "templates", "tools"];
  change((state) => {
    for (const section of sections) Object.assign(state[section], incoming[section]);
  });
  if (!storage || trouble.newer) return false;
  let stored;
  try {
    stored = JSON.parse(storage.getItem(KEY));
  } catch {
    return false;
  }
  return sections.every((section) =>
    Object.entries(incoming[section]).every(
      ([id, part]) => JSON.stringify(stored?.[section]?.[id]) === JSON.stringify(part),
    ),
  );
}

// Every key of the site (also another release's and the data set aside) leaves the
// real localStorage; true only if none is left afterwards.
export function wipe() {
  memory = blank();
  aside = [];
  Object.assign(trouble, { newer: false, corrupt: false, setAside: [] });
  try {
    const ours = () => Object.keys(localStorage).filter((key) => key.startsWith(PREFIX));
    for (const key of ours()) localStorage.removeItem(key);
    return ours().length === 0;
  } catch {
    return false;
  }
}

// Calls `show(state)` when another tab saves, while `root` is on the page; not while
// newer data is stored (the page keeps what it shows, and a notice says why).
const watchers = new Set();
export const onOutsideChange = (root, show) => watchers.add([root, show]);
addEventListener("storage", (event) => {
  if (!storage || (event.key !== KEY && event.key !== null)) return;
  const state = read();
  if (trouble.newer || trouble.corrupt) troubled();
  if (trouble.newer) return;
  for (const watcher of watchers) {
    if (watcher[0].isConnected) watcher[1](state);
    else watchers.delete(watcher);
  }
});
