// Plan je voorbereiding: the date of the meeting gives every step of the timeline its
// day (weekdays only; with little time left the first steps move closer together), and
// the steps from today on go into a calendar file.
import { longDate, parseTime, schedule, today } from "./dates.js";
import { isDay } from "./format.js";
import { calendar } from "./ics.js";
import { change, onOutsideChange, read } from "./store.js";
import { count, download, fieldErrors, showTroubleNotices } from "./ui.js";

export function setup(root) {
  const form = root.querySelector("form");
  const { date: dateInput, time: timeInput } = form.elements;
  const message = form.querySelector("#gk-plan-message");
  const texts = root.dataset; // textSqueezed, textTime, textFar: from data/planner.yml
  const summary = root.querySelector("[data-plan-summary]");
  const noDate = summary.textContent;
  const box = root.querySelector("[data-plan-calendar]");
  const boxMessage = box.querySelector(".gk-tool__message");
  const steps = [...root.querySelectorAll("[data-step]")].map((item) => ({
    item,
    id: item.dataset.step,
    days: Number(item.dataset.days),
    months: Number(item.dataset.months),
    title: item.querySelector(".gk-timeline__title").textContent,
    text: item.querySelector("p:last-child").firstChild.textContent.trim(),
    link: item.querySelector("a"),
    date: item.querySelector("[data-step-date]"),
  }));
  let plan = {};
  const planned = () => (plan.date ? schedule(plan.date, steps, today()) : null);
  const isMeeting = (step) => !step.days && !step.months;
  const at = (step) => (isMeeting(step) && plan.time ? ` om ${plan.time}` : "");

  const show = () => {
    const now = today();
    const { days, squeezed } = planned() ?? { days: [] };
    steps.forEach((step, i) => {
      const day = days[i];
      const past = day && day < now;
      step.date.textContent = day
        ? `${longDate(day, true)}${at(step)}${past ? " (voorbij)" : ""}`
        : "";
      step.item.classList.toggle("gk-timeline__step--past", !!past);
    });
    box.hidden = !days.length;
    const meeting = plan.date
      ? `Je gesprek is op ${longDate(plan.date, true)}${plan.time ? ` om ${plan.time}` : ""}.`
      : noDate;
    summary.textContent = squeezed ? `${meeting} ${texts.textSqueezed}` : meeting;
  };
  const fill = (state) => {
    plan = state.tools.planner ?? {};
    if (document.activeElement !== dateInput) dateInput.value = plan.date ?? "";
    if (document.activeElement !== timeInput) timeInput.value = plan.time ?? "";
    show();
  };

  // What is wrong with a field's value, or "". Where the browser shows a text box for the
  // time, "9.30" is stored as "09:30"; anything else that is no time is stored not at all.
  const dateProblem = (date) =>
    !isDay(date)
      ? "Let op: vul de datum van je gesprek in: dag, maand en jaar."
      : date < today()
        ? "Let op: deze datum is al voorbij. Vul de datum van je volgende gesprek in."
        : !schedule(date, steps, today())
          ? texts.textFar
          : "";
  const timeProblem = (time) => (parseTime(time) === null ? texts.textTime : "");
  const check = fieldErrors(form, [
    [dateInput, dateProblem],
    [timeInput, timeProblem],
  ]);

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    message.textContent = "";
    if (check().length) return;
    const time = parseTime(timeInput.value);
    plan = time ? { date: dateInput.value, time } : { date: dateInput.value };
    timeInput.value = time;
    if (!change((state) => (state.tools.planner = plan))) showTroubleNotices();
    show();
    boxMessage.textContent = "";
    message.textContent = "Klaar. Hieronder zie je bij elke stap de dag.";
  });

  box.addEventListener("click", ({ target }) => {
    const action = target.closest("button")?.dataset.action;
    if (action === "print") print();
    if (action !== "ics") return;
    const now = today();
    const { days } = planned();
    const events = steps
      .map((step, i) => ({
        uid: `${plan.date}-${step.id}@${location.hostname}`,
        day: days[i],
        time: isMeeting(step) ? plan.time : undefined,
        summary: step.title,
        description: `${step.text}\n${step.link.textContent}: ${step.link.href}`,
        url: step.link.href,
      }))
      .filter((event) => event.day >= now);
    if (!events.length)
      return (boxMessage.textContent =
        "Alle stappen zijn al voorbij. Vul de datum van je volgende gesprek in.");
    const name = `gesprek-${plan.date}.ics`;
    download(name, calendar(events), "text/calendar");
    const past = steps.length - events.length;
    const left =
      past === 1
        ? " 1 stap is al voorbij. Die staat er niet in."
        : past
          ? ` ${past} stappen zijn al voorbij. Die staan er niet in.`
          : "";
    boxMessage.textContent = `Je browser bewaart het bestand ${name}, meestal in Downloads. Open het, dan zet je agenda ${count(events.length, "stap", "stappen")} klaar.${left}`;
  });

  fill(read());
  onOutsideChange(root, fill);
}
