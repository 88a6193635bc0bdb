// Plan je voorbereiding: the date of the meeting gives every step of the timeline its
// day, and the steps from today on go into a calendar file.
import { addDays, addMonths, longDate, today } from "./dates.js";
import { calendar } from "./ics.js";
import { change, count, download, isDay, onOutsideChange, read, showTroubleNotices } from "./state.js";

export function setup(root) {
  const form = root.querySelector("form");
  const { date: dateInput, time: timeInput } = form.elements;
  const message = form.querySelector(".gk-tool__message");
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
  const dayOf = (step) => (step.months ? addMonths(plan.date, step.months) : addDays(plan.date, step.days));
  const isMeeting = (step) => !step.days && !step.months;
  const at = (step) => (isMeeting(step) && plan.time ? ` om ${plan.time}` : "");

  const show = () => {
    const now = today();
    for (const step of steps) {
      const day = plan.date && dayOf(step);
      const past = day && day < now;
      step.date.textContent = day ? `${longDate(day, true)}${at(step)}${past ? " (voorbij)" : ""}` : "";
      step.item.classList.toggle("gk-timeline__step--past", !!past);
    }
    box.hidden = !plan.date;
    summary.textContent = plan.date ? `Je gesprek is op ${longDate(plan.date, true)}${plan.time ? ` om ${plan.time}` : ""}.` : noDate;
  };
  const fill = (state) => {
    plan = state.tools.planner ?? {};
    if (document.activeElement !== dateInput) dateInput.value = plan.date ?? "";
    if (document.activeElement !== timeInput) timeInput.value = plan.time ?? "";
    show();
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const date = dateInput.value;
    const problem = !isDay(date)
      ? "Vul de datum van je gesprek in: dag, maand en jaar."
      : date < today()
        ? "Deze datum is al voorbij. Vul de datum van je volgende gesprek in."
        : "";
    dateInput.setAttribute("aria-invalid", String(!!problem));
    if (problem) {
      message.textContent = `Let op: ${problem}`;
      return dateInput.focus();
    }
    const time = timeInput.value.slice(0, 5);
    plan = time ? { date, time } : { date };
    if (!change((state) => (state.tools.planner = plan))) showTroubleNotices();
    show();
    message.textContent = "Klaar. Hieronder zie je bij elke stap de dag.";
  });

  box.addEventListener("click", ({ target }) => {
    const action = target.closest("button")?.dataset.action;
    if (action === "print") print();
    if (action !== "ics") return;
    const now = today();
    const events = steps
      .filter((step) => dayOf(step) >= now)
      .map((step) => ({
        uid: `${plan.date}-${step.id}@${location.hostname}`,
        day: dayOf(step),
        time: isMeeting(step) ? plan.time : undefined,
        summary: step.title,
        description: `${step.text}\n${step.link.textContent}: ${step.link.href}`,
        url: step.link.href,
      }));
    if (!events.length) return (boxMessage.textContent = "Alle stappen zijn al voorbij. Vul de datum van je volgende gesprek in.");
    const name = `gesprek-${plan.date}.ics`;
    download(name, calendar(events), "text/calendar");
    const past = steps.length - events.length;
    const left = past === 1 ? " 1 stap is al voorbij. Die staat er niet in." : past ? ` ${past} stappen zijn al voorbij. Die staan er niet in.` : "";
    boxMessage.textContent = `Je browser bewaart het bestand ${name}, meestal in Downloads. Open het, dan zet je agenda ${count(events.length, "stap", "stappen")} klaar.${left}`;
  });

  fill(read());
  onOutsideChange(root, fill);
}
