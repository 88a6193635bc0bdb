// Mijn bespreekpunten: a list the reader adds to, changes, removes from and puts in
// order (buttons, so the keyboard does it too). It prints as the agenda for the manager,
// with the meeting's date from the planner, and makes the text to send it ahead. Without
// points it shows an example and one action instead of buttons with nothing to act on.
// All words come from the page (macros/render_points.py).
import { longDate } from "../dates.js";
import { TOOLS } from "../format.js";
import { addPoints } from "../point-list.js";
import { change, onOutsideChange, read } from "../store.js";
import { fill } from "../text.js";
import { emptyOrEntries, newId, record } from "../tool-parts.js";
import { confirmStep, el, showTroubleNotices } from "../ui.js";

const MAX = TOOLS.points.items[0];
const itemsOf = (state) => record(state, "points", () => ({ items: [] })).items;
const write = (edit) => change((state) => edit(itemsOf(state))) || showTroubleNotices();

// A clone of a <template>'s content with "__" in its texts as n.
function numbered(template, n) {
  const node = template.content.firstElementChild.cloneNode(true);
  const texts = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  while (texts.nextNode()) texts.currentNode.data = texts.currentNode.data.replaceAll("__", n);
  return node;
}

export function setup(root) {
  const words = root.dataset;
  const form = root.querySelector("form");
  const input = form.elements.text;
  const list = root.querySelector("[data-list]");
  const showEntries = emptyOrEntries(root);
  const live = root.querySelector("[data-live]");
  const [itemTemplate, editorTemplate] = root.querySelectorAll("template");
  const agenda = root.querySelector("[data-agenda]");
  const meeting = agenda.querySelector("[data-agenda-meeting]");
  const mailText = root.querySelector("[data-mail-text]");
  const mailLink = root.querySelector("[data-mail-link]");
  let items = [];
  let editing = null; // id of the point being changed

  const say = (text) => (live.textContent = text);
  const focusOn = (id, action) =>
    list.querySelector(`[data-id="${id}"] [data-action="${action}"]`)?.focus();

  const render = (state) => {
    items = [...(state.tools.points?.items ?? [])];
    list.replaceChildren(
      ...items.map((item, i) => {
        const node = numbered(itemTemplate, i + 1);
        node.dataset.id = item.id;
        node.querySelector("[data-text]").textContent = item.text;
        if (item.id === editing) {
          const editor = numbered(editorTemplate, i + 1);
          editor.querySelector("textarea").value = item.text;
          node.replaceChildren(editor);
        }
        return node;
      }),
    );
    showEntries(items.length);
    const plan = state.tools.planner;
    const when = plan?.date
      ? fill(plan.time ? words.msgMeetingTime : words.msgMeeting, {
          datum: longDate(plan.date, true),
          tijd: plan.time,
        })
      : "";
    meeting.textContent = when;
    meeting.hidden = !when;
    agenda
      .querySelector("[data-agenda-list]")
      .replaceChildren(...items.map((item) => el("li", {}, item.text)));
    // The agenda as text: its title, the meeting, its intro, then the numbered points.
    const [title, , intro] = agenda.querySelectorAll("p");
    const text = [
      title.textContent,
      ...(when ? [when] : []),
      "",
      intro.textContent,
      ...items.map((item, i) => `${i + 1}. ${item.text}`),
    ].join("\n");
    mailText.value = text;
    mailLink.href = `mailto:?subject=${encodeURIComponent(words.msgSubject)}&body=${encodeURIComponent(text.replaceAll("\n", "\r\n"))}`;
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    const problem = !text
      ? words.msgEmpty
      : items.length >= MAX
        ? fill(words.msgFull, { n: MAX })
        : "";
    input.setAttribute("aria-invalid", String(!text));
    if (problem) {
      say(problem);
      return input.focus();
    }
    let added = 0;
    write((saved) => (added = addPoints(saved, [text], { max: MAX, id: newId })));
    render(read());
    if (added) input.value = "";
    say(added ? fill(words.msgAdded, { n: items.length }) : words.msgAlready);
  });

  list.addEventListener("click", async ({ target }) => {
    const action = target.closest("button")?.dataset.action;
    const id = target.closest("[data-id]")?.dataset.id;
    const i = items.findIndex((item) => item.id === id);
    if (!action || i < 0) return;
    if (action === "up" || action === "down") {
      const j = action === "up" ? i - 1 : i + 1;
      if (j < 0 || j >= items.length) return say(j < 0 ? words.msgTop : words.msgBottom);
      write((saved) => {
        const from = saved.findIndex((item) => item.id === id);
        if (from >= 0)
          saved.splice(
            Math.max(0, Math.min(saved.length - 1, from + j - i)),
            0,
            ...saved.splice(from, 1),
          );
      });
      render(read());
      focusOn(id, action);
      return say(
        fill(words.msgMoved, {
          n: items.findIndex((item) => item.id === id) + 1,
          totaal: items.length,
        }),
      );
    }
    if (action === "edit") {
      editing = id;
      render(read());
      return list.querySelector(`[data-id="${id}"] textarea`).focus();
    }
    if (action === "save") {
      const text = list.querySelector(`[data-id="${id}"] textarea`).value.trim();
      if (!text) return say(words.msgEmpty);
      write((saved) => {
        const item = saved.find((one) => one.id === id);
        if (item) item.text = text;
      });
      say(fill(words.msgChanged, { n: i + 1 }));
    }
    if (action === "save" || action === "cancel") {
      editing = null;
      render(read());
      return focusOn(id, "edit");
    }
    if (action === "remove") {
      if (
        !(await confirmStep(
          words.msgRemoveQuestion,
          [el("p", {}, items[i].text)],
          words.msgRemoveYes,
        ))
      )
        return focusOn(id, "remove");
      write((saved) => {
        const at = saved.findIndex((item) => item.id === id);
        if (at >= 0) saved.splice(at, 1);
      });
      render(read());
      say(words.msgRemoved);
      const next = list.children[i] ?? list.lastElementChild;
      (next?.querySelector('[data-action="remove"]') ?? input).focus();
    }
  });

  root.addEventListener("click", async ({ target }) => {
    const action = target.closest("button")?.dataset.action;
    if (action === "start") return input.focus();
    if (action === "print") {
      document.documentElement.dataset.gkPrint = "agenda";
      return print();
    }
    if (action !== "copy") return;
    try {
      await navigator.clipboard.writeText(mailText.value);
      say(words.msgCopied);
    } catch {
      mailText.focus();
      mailText.select();
      say(words.msgNotCopied);
    }
  });

  render(read());
  onOutsideChange(root, (state) => editing || render(state));
}
