// Small page parts the modules share: elements, notices, dialogs and downloads. Text
// from a reader or a file goes in as text nodes, never as HTML.
import { locale } from "./dates.js";
import { asideCopies, trouble } from "./store.js";
import { shared } from "./text.js";

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

export const button = (...label) => el("button", { type: "button", class: "gk-button" }, ...label);

// "3 maart 2025 om 14:03"
export const when = (iso) =>
  new Date(iso).toLocaleString(locale(), { dateStyle: "long", timeStyle: "short" });

// `data` as JSON, or a text as it is.
export function download(name, data, type = "application/json") {
  const text = typeof data === "string" ? data : JSON.stringify(data, null, 2);
  const url = URL.createObjectURL(new Blob([text], { type }));
  // Not on the page, so Material's instant navigation ignores the click.
  el("a", { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const downloadAside = () => download("gespreksklaar-beschadigd.json", asideCopies());

// One notice of a kind per page, filled after a moment: a live region that arrives
// with its text is often not read out.
function notice(kind, ...content) {
  const main = document.querySelector(".md-content__inner");
  if (!main || main.querySelector(`.gk-notice--${kind}`)) return;
  const box = el("div", { class: `gk-notice gk-notice--${kind} gk-noprint`, role: "status" });
  main.querySelector("h1")?.after(box);
  setTimeout(() => box.append(el("strong", {}, shared()("let-op")), " ", ...content), 50);
}

export function showTroubleNotices() {
  const say = shared();
  if (trouble.corrupt) {
    const save = button(say("beschadigd-knop"));
    save.addEventListener("click", downloadAside);
    const all = trouble.setAside.includes("alles");
    const words = all
      ? say("beschadigd-alles")
      : say("beschadigd-deel", { delen: trouble.setAside.join("; ") });
    notice("corrupt", words, " ", save);
  }
  if (trouble.newer) notice("newer", say("nieuwer"));
  else if (trouble.unavailable) notice("unavailable", say("geen-opslag"));
}
addEventListener("gk:trouble", showTroubleNotices);

// Errors next to their fields, as in the GOV.UK design system. `fields`: [[input,
// problem]], problem(value) the error text or "". The returned check() shows each problem
// in the field's `#<id>-error` line and returns the inputs in error; with more than one,
// the form's `[data-error-summary]` lists them as links to their fields and takes the
// focus, else the field in error does. Nothing shows before the first check; a shown
// error (and its line in the summary) goes as soon as the reader fixes the field.
export function fieldErrors(form, fields) {
  const summary = form.querySelector("[data-error-summary]");
  const list = summary.querySelector("ul");
  const mark = ([input, problem]) => {
    const said = problem(input.value.trim());
    if (said) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
    document.getElementById(`${input.id}-error`).textContent = said;
    return !!said;
  };
  const summarize = () => {
    const wrong = fields.filter(([input]) => input.hasAttribute("aria-invalid"));
    list.replaceChildren(
      ...wrong.map(([input]) =>
        el(
          "li",
          {},
          el(
            "a",
            { href: `#${input.id}` },
            document.getElementById(`${input.id}-error`).textContent,
          ),
        ),
      ),
    );
    summary.hidden = !wrong.length;
  };
  for (const field of fields) {
    const [input] = field;
    const recheck = () => {
      if (!input.hasAttribute("aria-invalid")) return;
      mark(field);
      if (!summary.hidden) summarize();
    };
    input.addEventListener("input", recheck);
    input.addEventListener("change", recheck);
  }
  // A link goes to its field with the field's label in view, and focuses the field.
  list.addEventListener("click", (event) => {
    const input = document.getElementById(event.target.closest("a")?.hash.slice(1));
    if (!input) return;
    event.preventDefault();
    input.closest(".gk-field").scrollIntoView();
    input.focus({ preventScroll: true });
  });
  return () => {
    const wrong = fields.filter(mark).map(([input]) => input);
    summary.hidden = true;
    if (wrong.length > 1) {
      summarize();
      summary.focus();
    } else wrong[0]?.focus();
    return wrong;
  };
}

// Resolves the index of the answer chosen, or -1 for no. The safe answer has the focus;
// Escape means no. `danger`: the answers throw something away.
export function chooseStep(question, details, answers, danger = false) {
  const noButton = button(shared()("nee-terug"));
  const title = el("p", { class: "gk-dialog__question" }, question);
  const yesButtons = answers.map((answer, i) => {
    const yesButton = button(answer);
    yesButton.classList.add(danger ? "gk-button--danger" : "gk-button--primary");
    yesButton.addEventListener("click", () => dialog.close(i));
    return yesButton;
  });
  const dialog = el(
    "dialog",
    { class: "gk-dialog", "aria-label": question },
    title,
    ...details,
    el("p", {}, ...yesButtons, noButton),
  );
  noButton.autofocus = true;
  noButton.addEventListener("click", () => dialog.close());
  document.body.append(dialog);
  dialog.showModal();
  return new Promise((resolve) =>
    dialog.addEventListener("close", () => {
      dialog.remove();
      resolve(dialog.returnValue ? Number(dialog.returnValue) : -1);
    }),
  );
}

// Resolves true for `yes` ("Ja, verwijder" when none is given).
export const confirmStep = async (
  question,
  details,
  yes = shared()("ja-verwijder"),
  danger = false,
) => (await chooseStep(question, details, [yes], danger)) === 0;
