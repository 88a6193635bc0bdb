// Printing: copies answers into the print-only blocks, stamps the print date and adds
// the print buttons to each form. A print mode on <html data-gk-print> tells print.css
// what to show: "answers" (one form with its answers) or "blank" (one form, empty, for
// writing by hand); a tool may set its own mode (the agenda of tools/points.js, the
// gesprekskaart). Printing with the browser's own menu prints the whole page with the
// answers. After printing, any mode ends.
// Every form's printout starts with a header: meeting date and time and the names, where
// the reader gave them (which ones and where they are saved: macros/render_form.py).

import { longDate, today } from "./dates.js";
import { read } from "./store.js";
import { shared } from "./text.js";
import { el } from "./ui.js";

// <details> this module opened for printing, closed again afterwards.
let openedForPrint = [];

function answerText(control) {
  if (!control.value.trim()) return "";
  return control.type === "date" ? longDate(control.value) : control.value;
}

// "tool planner date" or "template <id> <field>": the field on this page as typed, or
// else as saved.
function fact(source, state) {
  const [part, id, key] = source.split(" ");
  const control = document.querySelector(`[data-template="${id}"] [data-field="${key}"]`);
  if (part === "template" && control) return answerText(control);
  const value = part === "tool" ? state.tools?.[id]?.[key] : state.templates?.[id]?.fields?.[key];
  if (typeof value !== "string" || !value.trim()) return "";
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? longDate(value) : value;
}

// A textarea prints only its visible rows, so every answer is copied in full.
function fillPrintBlocks() {
  for (const block of document.querySelectorAll("[data-answer-for]")) {
    const control = document.getElementById(block.dataset.answerFor);
    block.textContent = control ? answerText(control) : "";
  }
  const state = read();
  for (const line of document.querySelectorAll("[data-print-fact]")) {
    line.textContent = fact(line.dataset.printFact, state);
  }
  const printed = longDate(today());
  for (const date of document.querySelectorAll("[data-print-date]")) date.textContent = printed;
}

function openDetails() {
  openedForPrint = [...document.querySelectorAll(".md-content details:not([open])")];
  for (const details of openedForPrint) details.open = true;
}

function endPrintMode() {
  delete document.documentElement.dataset.gkPrint;
  for (const form of document.querySelectorAll(".gk-print-target")) {
    form.classList.remove("gk-print-target");
  }
  for (const details of openedForPrint) details.open = false;
  openedForPrint = [];
}

function printForm(form, mode) {
  endPrintMode();
  document.documentElement.dataset.gkPrint = mode;
  form.classList.add("gk-print-target");
  fillPrintBlocks();
  window.print();
}

// The buttons are in the page (macros/render_form.py); here they get their work.
function bindPrintTools(form) {
  const tools = form.querySelector(".gk-print-tools");
  if (!tools || tools.dataset.ready) return;
  tools.dataset.ready = "true";
  for (const button of tools.querySelectorAll("[data-print-mode]")) {
    button.addEventListener("click", () => printForm(form, button.dataset.printMode));
  }
}

// Browser headers and footers are often off, so the page says where and when it was printed.
function addPrintStamp(content) {
  if (content.querySelector(".gk-print-stamp")) return;
  const date = el("span", { "data-print-date": "" });
  const when = el("span", {}, `${shared()("afgedrukt")} `, date);
  const stamp = el(
    "div",
    { class: "gk-print-only gk-print-stamp" },
    el("span", {}, location.host + location.pathname),
    when,
  );
  content.prepend(stamp);
}

// On paper a link only helps when it leads to another site: print.css shows its address.
function markLinksElsewhere(content) {
  for (const link of content.querySelectorAll("a[href]")) {
    if (link.protocol.startsWith("http") && link.origin !== location.origin) {
      link.classList.add("gk-link-elsewhere");
    }
  }
}

let listening = false;

export function setupPrint() {
  const content = document.querySelector(".md-content__inner");
  if (content) {
    addPrintStamp(content);
    markLinksElsewhere(content);
  }
  for (const form of document.querySelectorAll(".gk-form")) bindPrintTools(form);
  fillPrintBlocks();
  if (listening) return;
  listening = true;
  window.addEventListener("beforeprint", () => {
    fillPrintBlocks();
    openDetails();
  });
  window.addEventListener("afterprint", endPrintMode);
}
