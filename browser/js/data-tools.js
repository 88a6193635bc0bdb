// The Mijn gegevens page: what is saved, export, import (checked against the manifest of
// what this site can save), wipe, persistent storage, and data set aside as unreadable.
import { locale, longDate } from "./dates.js";
import { chosenType, forKind, isObject, salvage, upgrade, VERSION } from "./format.js";
import { asideCopies, onOutsideChange, read, replaceParts, wipe } from "./store.js";
import { fill, wordsOf } from "./text.js";
import {
  button,
  confirmStep,
  download,
  downloadAside,
  el,
  showTroubleNotices,
  when,
} from "./ui.js";

// An export is at most what the browser's storage holds (about 5 million characters in
// Chromium and Firefox), written as UTF-8 (up to 3 bytes a character) and indented:
// an import takes files up to 32 MB, so it takes every export this site writes.
const MB = 1024 * 1024;
const MAX_BYTES = 32 * MB;

// Answers filled in, however deep (list entries, table cells).
const filled = (value) =>
  typeof value === "string"
    ? Number(value.trim() !== "")
    : Object.values(value).reduce((n, part) => n + filled(part), 0);

// What a tool has saved, in a few words: how the manifest says (macros/manifest.py).
function toolWords({ summary, field, words, names }, saved) {
  if (summary === "name") return names[saved[field]] ?? saved[field];
  if (summary === "date")
    return saved[field] ? fill(words.date, { datum: longDate(saved[field]) }) : words.none;
  const n = summary === "filled" ? filled(saved) : (saved[field] ?? []).length;
  return fill(words[n === 1 ? 0 : 1], { n });
}

// id → [title, what is saved] for each checklist, template and tool in `state` the site knows.
function describe(state, { checklists, templates, tools }, say) {
  const lines = new Map();
  for (const [id, { title, items, kinds = {} }] of Object.entries(checklists)) {
    const saved = state.checklists[id]?.items;
    // The items of the chosen kind, as the checklist counts them.
    const shown = items.filter(forKind(chosenType(state), kinds));
    if (saved)
      lines.set(id, [
        title,
        say("afgevinkt", {
          n: shown.filter((item) => Object.hasOwn(saved, item)).length,
          alle: shown.length,
        }),
      ]);
  }
  for (const [id, { title }] of Object.entries(templates)) {
    const entry = state.templates[id];
    const n = entry && filled(entry.fields);
    if (entry)
      lines.set(id, [
        title,
        `${say.count("antwoorden", n)}${entry.saved ? `, ${say("opgeslagen", { tijd: when(entry.saved) })}` : ""}`,
      ]);
  }
  for (const [id, tool] of Object.entries(tools)) {
    if (state.tools[id]) lines.set(`tool ${id}`, [tool.title, toolWords(tool, state.tools[id])]);
  }
  return lines;
}

const list = (lines, words) =>
  el(
    "ul",
    {},
    ...[...lines].map(([id, [title, what]]) =>
      el("li", {}, el("strong", {}, title), words(id, what)),
    ),
  );

// A tool's button(s) and two lines under them: a status for what went as asked, an alert
// for a failure (an alert is read out at once). `kind` is a class of messages.css:
// "success", "warning" or "error"; say(text, "error") reports a failure that changed
// nothing, say(text, "error", false) one that may have changed something.
function tool(say, name, ...buttons) {
  const status = el("p", { class: "gk-message", role: "status" });
  const alert = el("p", { class: "gk-message gk-message--error", role: "alert" });
  document
    .querySelector(`[data-gk-tool="${name}"]`)
    .append(el("p", { class: "gk-data-tool__buttons" }, ...buttons), status, alert);
  return (text, kind = "", unchanged = kind === "error") => {
    const failed = kind === "error";
    status.className = `gk-message${kind && !failed ? ` gk-message--${kind}` : ""}`;
    status.replaceChildren(...(failed ? [] : [text]));
    alert.replaceChildren(
      ...(failed
        ? [
            el("strong", {}, say("mislukt")),
            ` ${text}${unchanged ? ` ${say("niets-veranderd")}` : ""}`,
          ]
        : []),
    );
  };
}

// A "beschadigde gegevens" download: [{found, text}], each text a state (or part of one).
const isAsideFile = (data) =>
  Array.isArray(data) &&
  data.length > 0 &&
  data.every((copy) => isObject(copy) && typeof copy.text === "string");

// Every part of the copies set aside that passes the import's checks: {state, skipped,
// broken}, like an export.
function fromAside(copies, manifest, say) {
  const state = { checklists: {}, templates: {}, tools: {} };
  const skipped = [];
  const broken = [];
  for (const [i, copy] of copies.entries()) {
    try {
      const result = salvage(JSON.parse(copy.text), manifest);
      skipped.push(...result.skipped);
      broken.push(...result.broken.map(({ where }) => where));
      for (const section of Object.keys(state))
        Object.assign(state[section], result.state[section]);
    } catch {
      broken.push(copy.where ?? say("kopie", { n: i + 1 }));
    }
  }
  return { state, skipped, broken };
}

// {state, skipped, broken, badText} from an export file or a "beschadigde gegevens"
// download, or the reason it cannot be used.
async function readExport(file, manifest, say) {
  if (file.size > MAX_BYTES) {
    const size = (file.size / MB).toLocaleString(locale(), {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    return say("te-groot", { grootte: size, max: MAX_BYTES / MB });
  }
  const bytes = await file.arrayBuffer();
  let text;
  let badText = false;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Not all of it is UTF-8: what is unreadable becomes "\uFFFD", and the preview says so.
    text = new TextDecoder("utf-8").decode(bytes);
    badText = true;
  }
  let data = null;
  try {
    data = JSON.parse(text);
  } catch {
    // not JSON: said below
  }
  if (isAsideFile(data)) return { ...fromAside(data, manifest, say), badText };
  if (data?.format !== "gespreksklaar") return say("geen-export");
  if (data.version > VERSION) return say("nieuwer");
  try {
    return { ...upgrade(data, manifest), broken: [], badText };
  } catch (error) {
    return say("klopt-niet", { waar: error.message || say("begin") });
  }
}

export function setupDataTools() {
  const source = document.getElementById("gk-manifest");
  if (!source || source.dataset.ready) return;
  source.dataset.ready = "true";
  const manifest = JSON.parse(source.dataset.manifest);
  const say = wordsOf(source); // data/mijn-gegevens.yml
  const slot = (name) => document.querySelector(`[data-gk-tool="${name}"]`);

  const aside = el("p");
  const refresh = () => {
    const lines = describe(read(), manifest, say);
    const none = el("p", {}, say("niets-bewaard"));
    slot("summary").replaceChildren(lines.size ? list(lines, (_id, what) => `: ${what}`) : none);
    const copies = asideCopies().length;
    slot("aside").hidden = !copies;
    aside.textContent = say("apart", { n: copies });
  };
  const keep = button(say("beschadigd-knop"));
  keep.addEventListener("click", downloadAside);
  slot("aside").append(aside, keep);
  refresh();
  onOutsideChange(source, refresh);

  const exportButton = button(say("exporteer"));
  const sayExport = tool(say, "export", exportButton);
  exportButton.addEventListener("click", () => {
    const { checklists, templates, tools } = read();
    const name = `gespreksklaar-${new Date().toLocaleDateString("sv-SE")}.json`;
    download(name, {
      format: "gespreksklaar",
      version: VERSION,
      exported: new Date().toISOString(),
      site: manifest.site,
      checklists,
      templates,
      tools,
    });
    sayExport(say("geexporteerd", { naam: name }));
  });

  const importButton = button(say("importeer"));
  const picker = el("input", { type: "file", accept: ".json,application/json", hidden: "" });
  const sayImport = tool(say, "import", importButton, picker);
  importButton.addEventListener("click", () => picker.click());
  picker.addEventListener("change", async () => {
    const [file] = picker.files;
    picker.value = "";
    const result = await readExport(file, manifest, say);
    if (typeof result === "string") return sayImport(result, "error");
    const { state: incoming, skipped, broken, badText } = result;
    const now = describe(read(), manifest, say);
    const next = describe(incoming, manifest, say);
    if (!next.size) return sayImport(say("niets-bekend"), "error");
    const details = [
      el("p", {}, say("vervangen")),
      list(
        next,
        (id, what) =>
          `: ${say("nu-en-straks", { nu: now.get(id)?.[1] ?? say("niets"), straks: what })}`,
      ),
      el("p", {}, say("blijft")),
    ];
    const places = (list) =>
      `${list.slice(0, 10).join(", ")}${list.length > 10 ? ` ${say("en-nog", { n: list.length - 10 })}` : ""}`;
    if (skipped.length)
      details.push(el("p", {}, say("overgeslagen", { plekken: places(skipped) })));
    if (broken.length) details.push(el("p", {}, say("fout", { plekken: places(broken) })));
    if (badText) details.push(el("p", {}, say("onleesbaar")));
    if (!(await confirmStep(say("terugzetten-vraag"), details, say("terugzetten-ja"))))
      return sayImport(say("niet-veranderd"));
    const stored = replaceParts(incoming);
    refresh();
    showTroubleNotices();
    if (!stored) return sayImport(say("niet-bewaard"), "error", false);
    sayImport(say("teruggezet"), "success");
  });

  const wipeButton = button(say("wis"));
  const sayWipe = tool(say, "wipe", wipeButton);
  wipeButton.addEventListener("click", async () => {
    const text = say("wis-uitleg");
    // What Wis alles leaves (the offline copy of the site), as the page says it.
    const note = document.getElementById("gk-wipe-note")?.cloneNode(true);
    note?.removeAttribute("id");
    const details = [el("p", {}, text), ...(note ? [note] : [])];
    if (!(await confirmStep(say("wis-vraag"), details, say("wis-ja"), true)))
      return sayWipe(say("niet-gewist"));
    const gone = wipe();
    refresh();
    if (gone) return sayWipe(say("gewist"), "success");
    sayWipe(say("wissen-mislukt"), "error", false);
  });

  const askButton = button(say("vraag-opslag"));
  const sayPersist = tool(say, "persist", askButton);
  const persisted = (granted, asked) => {
    askButton.hidden = granted;
    if (granted) return sayPersist(say("blijvend"), "success");
    if (asked) return sayPersist(say("geen-blijvend"), "warning");
    sayPersist(say("nog-niet-blijvend"));
  };
  if (navigator.storage?.persist) {
    askButton.addEventListener("click", async () =>
      persisted(await navigator.storage.persist(), true),
    );
    navigator.storage.persisted().then((granted) => persisted(granted, false));
  } else {
    askButton.hidden = true;
    sayPersist(say("kan-niet-vragen"), "warning");
  }
  showTroubleNotices();
}
