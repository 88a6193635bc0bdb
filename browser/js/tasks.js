// The start page's task list: the status of each task from the saved state and, once the
// planner knows the date, the days left, the step for today and, with little time left,
// the short route. Every word, path and link comes from the markup (render_tasks.py).
import { daysBetween, longDate, schedule, today } from "./dates.js";
import { onOutsideChange, read } from "./store.js";

const KINDS = ["nieuw", "bezig", "klaar", "wacht"];
const isRecord = (value) => typeof value === "object" && value !== null;

// Something the reader saved: a tick, a text that is more than spaces, or a list or a
// record that holds one.
const filled = (value) =>
  typeof value === "string"
    ? value.trim() !== ""
    : value === true || (isRecord(value) && Object.values(value).some(filled));
const at = (state, path) =>
  path.reduce(
    (node, key) => (isRecord(node) && Object.hasOwn(node, key) ? node[key] : undefined),
    state,
  );

// A text from data with {name} parts filled in, as a list of strings and elements.
const fillIn = (text, parts) =>
  text
    .split(/\{(\w+)\}/)
    .map((piece, i) => (i % 2 && Object.hasOwn(parts, piece) ? parts[piece] : piece));

export function setupTasks() {
  const root = document.querySelector("[data-gk-tasks]");
  if (!root || root.dataset.ready) return;
  const words = Object.fromEntries(
    KINDS.map((kind) => [kind, root.getAttribute(`data-status-${kind}`)]),
  );
  const tasks = [...root.querySelectorAll("[data-task]")].map((item) => ({
    id: item.dataset.task,
    first: item.dataset.eerst,
    started: JSON.parse(item.dataset.bezig),
    done: JSON.parse(item.dataset.klaar),
    status: item.querySelector("[data-status]"),
  }));
  const box = root.querySelector("[data-countdown]");
  const said = box.dataset;
  const steps = JSON.parse(said.steps);

  const showTasks = (state) => {
    const finished = new Set();
    const has = (path) => filled(at(state, path));
    for (const task of tasks) {
      const kind = task.done.every(has)
        ? "klaar"
        : [...task.started, ...task.done].some(has)
          ? "bezig"
          : task.first && !finished.has(task.first)
            ? "wacht"
            : "nieuw";
      if (kind === "klaar") finished.add(task.id);
      task.status.textContent = words[kind];
      task.status.dataset.status = kind;
    }
  };
  const showCountdown = (state) => {
    const now = today();
    const date = state.tools.planner?.date;
    const left = date ? daysBetween(now, date) : -1;
    const planned = left >= 0 && schedule(date, steps, now);
    box.hidden = !planned;
    if (!planned) return;
    box.querySelector("[data-days-left]").textContent =
      left === 0
        ? said.textToday
        : left === 1
          ? said.textTomorrow
          : fillIn(said.textDays, { n: left }).join("");
    // On the day itself the meeting is what matters; before it, the first step not past.
    const next =
      left === 0
        ? steps.findIndex((step) => !step.days && !step.months)
        : planned.days.findIndex((day) => day >= now);
    const step = steps[next];
    const link = Object.assign(document.createElement("a"), {
      href: step.href,
      textContent: step.title,
    });
    const line = planned.days[next] === now ? said.textStep : said.textNext;
    box
      .querySelector("[data-step-today]")
      .replaceChildren(...fillIn(line, { stap: link, datum: longDate(planned.days[next]) }));
    box.querySelector("[data-short-route]").hidden = left > Number(said.shortDays);
  };
  const show = (state) => {
    showTasks(state);
    showCountdown(state);
  };
  show(read());
  onOutsideChange(root, show);
  root.dataset.ready = "true";
}
