// The Mijn gegevens page: what is saved, export, import (checked against the manifest of
// what this site can save), wipe, persistent storage, and data set aside as unreadable.
import { isObject, salvage, upgrade, VERSION } from "./format.js";
import { asideCopies, onOutsideChange, read, replaceParts, wipe } from "./store.js";
import {
  button,
  confirmStep,
  count,
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

// What each tool has saved, in a few words.
const TOOL_WORDS = {
  planner: ({ date }) =>
    date
      ? `gesprek op ${new Date(`${date}T12:00`).toLocaleDateString("nl-NL", { dateStyle: "long" })}`
      : "nog geen datum",
  smart: ({ goals = [] }) => count(goals.length, "doel", "doelen"),
  successes: ({ entries = [] }) => count(entries.length, "succes", "successen"),
  bespreekpunten: ({ items = [] }) => count(items.length, "punt", "punten"),
  gesprekskaart: (names) => count(filled(names), "naam", "namen"),
};

// id → [title, what is saved] for each checklist, template and tool in `state` the site knows.
function describe(state, { checklists, templates, tools }) {
  const lines = new Map();
  for (const [id, { title, items }] of Object.entries(checklists)) {
    const saved = state.checklists[id]?.items;
    if (saved)
      lines.set(id, [
        title,
        `${items.filter((item) => Object.hasOwn(saved, item)).length} van ${items.length} afgevinkt`,
      ]);
  }
  for (const [id, { title }] of Object.entries(templates)) {
    const entry = state.templates[id];
    const n = entry && filled(entry.fields);
    if (entry)
      lines.set(id, [
        title,
        `${count(n, "antwoord", "antwoorden")}${entry.saved ? `, opgeslagen op ${when(entry.saved)}` : ""}`,
      ]);
  }
  // A tool without words of its own (the kind of meeting) names its values, by the
  // names the manifest gives them.
  for (const [id, { title, names = {} }] of Object.entries(tools)) {
    const saved = state.tools[id];
    if (saved)
      lines.set(`tool ${id}`, [
        title,
        TOOL_WORDS[id]?.(saved) ??
          Object.values(saved)
            .map((value) => names[value] ?? value)
            .join(", "),
      ]);
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
function tool(name, ...buttons) {
  const status = el("p", { class: "gk-tool-message", role: "status" });
  const alert = el("p", { class: "gk-tool-message gk-message--error", role: "alert" });
  document
    .querySelector(`[data-gk-tool="${name}"]`)
    .append(el("p", { class: "gk-tool-buttons" }, ...buttons), status, alert);
  return (text, kind = "", unchanged = kind === "error") => {
    const failed = kind === "error";
    status.className = `gk-tool-message${kind && !failed ? ` gk-message--${kind}` : ""}`;
    status.replaceChildren(...(failed ? [] : [text]));
    alert.replaceChildren(
      ...(failed
        ? [
            el("strong", {}, "Dat lukt niet. "),
            `${text}${unchanged ? " Er is niets veranderd." : ""}`,
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
function fromAside(copies, manifest) {
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
      broken.push(copy.where ?? `kopie ${i + 1}`);
    }
  }
  return { state, skipped, broken };
}

// {state, skipped, broken, badText} from an export file or a "beschadigde gegevens"
// download, or the reason it cannot be used.
async function readExport(file, manifest) {
  if (file.size > MAX_BYTES) {
    const size = (file.size / MB).toFixed(1).replace(".", ",");
    return `Het bestand is te groot (${size} MB). Een export van deze site is kleiner dan ${MAX_BYTES / MB} MB.`;
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
  if (isAsideFile(data)) return { ...fromAside(data, manifest), badText };
  if (data?.format !== "gespreksklaar") {
    return "Dit is geen export van Gespreksklaar. Kies een bestand dat je met Exporteer hebt gemaakt.";
  }
  if (data.version > VERSION)
    return "Het bestand komt van een nieuwere versie van deze site. Laad de pagina opnieuw.";
  try {
    return { ...upgrade(data, manifest), broken: [], badText };
  } catch (error) {
    return `Het bestand klopt niet bij: ${error.message}.`;
  }
}

export function setupDataTools() {
  const source = document.getElementById("gk-manifest");
  if (!source || source.dataset.ready) return;
  source.dataset.ready = "true";
  const manifest = JSON.parse(source.dataset.manifest);
  const slot = (name) => document.querySelector(`[data-gk-tool="${name}"]`);

  const aside = el("p");
  const refresh = () => {
    const lines = describe(read(), manifest);
    const none = el("p", {}, "Er staat nog niets van deze site op dit apparaat.");
    slot("summary").replaceChildren(lines.size ? list(lines, (_id, what) => `: ${what}`) : none);
    const copies = asideCopies().length;
    slot("aside").hidden = !copies;
    aside.textContent = `Ook staan er ${copies} keer gegevens apart die de site niet kon lezen. Wis alles haalt ze weg.`;
  };
  const keep = button("Download de beschadigde gegevens");
  keep.addEventListener("click", downloadAside);
  slot("aside").append(aside, keep);
  refresh();
  onOutsideChange(source, refresh);

  const exportButton = button("Exporteer");
  const sayExport = tool("export", exportButton);
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
    sayExport(`Je browser bewaart het bestand ${name}, meestal in de map Downloads.`);
  });

  const importButton = button("Importeer");
  const picker = el("input", { type: "file", accept: ".json,application/json", hidden: "" });
  const sayImport = tool("import", importButton, picker);
  importButton.addEventListener("click", () => picker.click());
  picker.addEventListener("change", async () => {
    const [file] = picker.files;
    picker.value = "";
    const result = await readExport(file, manifest);
    if (typeof result === "string") return sayImport(result, "error");
    const { state: incoming, skipped, broken, badText } = result;
    const now = describe(read(), manifest);
    const next = describe(incoming, manifest);
    if (!next.size) return sayImport("In dit bestand staat niets wat deze site kent.", "error");
    const details = [
      el("p", {}, "Dit wordt vervangen door wat in het bestand staat:"),
      list(next, (id, what) => `: nu ${now.get(id)?.[1] ?? "niets"}, uit het bestand ${what}.`),
      el("p", {}, "Wat niet in het bestand staat, blijft zoals het is."),
    ];
    const places = (list) =>
      `${list.slice(0, 10).join(", ")}${list.length > 10 ? ` en nog ${list.length - 10}` : ""}`;
    if (skipped.length)
      details.push(el("p", {}, `Dit kent de site niet en slaat hij over: ${places(skipped)}.`));
    if (broken.length)
      details.push(el("p", {}, `Dit klopt niet en zet de site niet terug: ${places(broken)}.`));
    if (badText) {
      details.push(
        el(
          "p",
          {},
          "Een deel van de tekst in het bestand is onleesbaar (geen UTF-8). Op die plekken staat nu het teken �. Kijk je tekst daarna even na.",
        ),
      );
    }
    if (!(await confirmStep("Wil je deze gegevens terugzetten?", details, "Ja, zet terug")))
      return sayImport("Je hebt niets veranderd.");
    const stored = replaceParts(incoming);
    refresh();
    showTroubleNotices();
    if (!stored)
      return sayImport(
        "Je browser bewaarde de gegevens niet. Ze staan alleen op deze pagina, tot je hem sluit.",
        "error",
        false,
      );
    sayImport("Klaar: je gegevens uit het bestand staan weer op dit apparaat.", "success");
  });

  const wipeButton = button("Wis alles");
  const sayWipe = tool("wipe", wipeButton);
  wipeButton.addEventListener("click", async () => {
    const text =
      "Al je vinkjes en antwoorden op dit apparaat gaan weg. Dat kun je niet ongedaan maken.";
    // What Wis alles leaves (the offline copy of the site), as the page says it.
    const note = document.getElementById("gk-wipe-note")?.cloneNode(true);
    note?.removeAttribute("id");
    const details = [el("p", {}, text), ...(note ? [note] : [])];
    if (!(await confirmStep("Alles wissen?", details, "Ja, wis alles", true)))
      return sayWipe("Je hebt niets gewist.");
    const gone = wipe();
    refresh();
    if (gone) return sayWipe("Alles is gewist.", "success");
    sayWipe(
      "Je browser liet de site niet alles wissen. Wis de sitegegevens van deze site in de instellingen van je browser.",
      "error",
      false,
    );
  });

  const askButton = button("Vraag om blijvende opslag");
  const sayPersist = tool("persist", askButton);
  const persisted = (granted, asked) => {
    askButton.hidden = granted;
    if (granted) return sayPersist("Je browser bewaart je gegevens blijvend.", "success");
    if (asked)
      return sayPersist(
        "Je browser geeft geen blijvende opslag. Maak dus af en toe een export.",
        "warning",
      );
    sayPersist("Je browser bewaart je gegevens nog niet blijvend.");
  };
  if (navigator.storage?.persist) {
    askButton.addEventListener("click", async () =>
      persisted(await navigator.storage.persist(), true),
    );
    navigator.storage.persisted().then((granted) => persisted(granted, false));
  } else {
    askButton.hidden = true;
    sayPersist(
      "Je browser kan niet om blijvende opslag vragen. Maak dus af en toe een export.",
      "warning",
    );
  }
  showTroubleNotices();
}
