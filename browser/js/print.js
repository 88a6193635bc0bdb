// Printing: copies answers into the print-only blocks, stamps the print date and adds
// the print buttons to each form. A print mode on <html data-gk-print> tells print.css
// what to show: "answers" (one form with its answers), "blank" (one form, empty, for
// writing by hand) or "agenda" (one form, only the fields marked for the agenda).
// Printing with the browser's own menu prints the whole page with the answers.

const MODES = [
  { mode: "answers", label: "Afdrukken" },
  { mode: "blank", label: "Leeg afdrukken" },
  { mode: "agenda", label: "Agenda afdrukken" },
];
const HELP = [
  ["Afdrukken", " drukt dit formulier af met wat je hebt ingevuld. "],
  ["Leeg afdrukken", " geeft een leeg formulier om met de hand in te vullen; wat je typte blijft staan. "],
  ["Agenda afdrukken", " drukt alleen af wat je op de agenda zet. Die lijst kun je aan je leidinggevende geven."],
];
const NOTHING_ON_AGENDA =
  "Je hebt nog niets op de agenda gezet. Vink eerst 'Zet op de agenda' aan bij wat je wilt bespreken.";

const dateFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric" });
// <details> this module opened for printing, closed again afterwards.
let openedForPrint = [];

function formatDate(isoDate) {
  const [year, month, day] = isoDate.split("-").map(Number);
  return dateFormat.format(new Date(year, month - 1, day));
}

function answerText(control) {
  if (!control.value.trim()) return "";
  return control.type === "date" ? formatDate(control.value) : control.value;
}

// A textarea prints only its visible rows, so every answer is copied in full.
function fillPrintBlocks() {
  for (const block of document.querySelectorAll("[data-answer-for]")) {
    const control = document.getElementById(block.dataset.answerFor);
    block.textContent = control ? answerText(control) : "";
  }
  const today = dateFormat.format(new Date());
  for (const date of document.querySelectorAll("[data-print-date]")) date.textContent = today;
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

function printForm(form, mode, status) {
  endPrintMode();
  status.textContent = "";
  if (mode === "agenda" && !form.querySelector("input[data-agenda]:checked")) {
    status.textContent = NOTHING_ON_AGENDA;
    return;
  }
  document.documentElement.dataset.gkPrint = mode;
  form.classList.add("gk-print-target");
  fillPrintBlocks();
  window.print();
}

function el(tag, className, text) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text) element.textContent = text;
  return element;
}

function addPrintTools(form) {
  if (form.querySelector(".gk-print-tools")) return;
  const tools = el("div", "gk-print-tools gk-noprint");
  const help = el("p", "gk-print-tools__help");
  const status = el("p", "gk-print-tools__status");
  status.setAttribute("role", "status");
  for (const { mode, label } of MODES) {
    const button = el("button", "md-button gk-print-tools__button", label);
    button.type = "button";
    button.addEventListener("click", () => printForm(form, mode, status));
    tools.append(button);
  }
  for (const [name, text] of HELP) help.append(el("strong", "", name), text);
  tools.append(help, status);
  const intro = form.querySelector(".gk-form__intro") || form.querySelector(".gk-form__title");
  intro.after(tools);
}

// Browser headers and footers are often off, so the page says where and when it was printed.
function addPrintStamp(content) {
  if (content.querySelector(".gk-print-stamp")) return;
  const date = el("span");
  date.dataset.printDate = "";
  const when = el("span", "", "Afgedrukt op ");
  when.append(date);
  const stamp = el("div", "gk-print-only gk-print-stamp");
  stamp.append(el("span", "", location.host + location.pathname), when);
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
  for (const form of document.querySelectorAll(".gk-form")) addPrintTools(form);
  fillPrintBlocks();
  if (listening) return;
  listening = true;
  window.addEventListener("beforeprint", () => {
    fillPrintBlocks();
    openDetails();
  });
  window.addEventListener("afterprint", endPrintMode);
}
