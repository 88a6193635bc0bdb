// Plan je voorbereiding: the date of the meeting gives every step of the timeline its
// day (weekdays only; with little time left the first steps move closer together), and
// the steps from today on go into a calendar file.
import { locale, longDate, parseTime, schedule, today } from "../dates.js";
import { isDay } from "../format.js";
import { calendar } from "../ics.js";
import { change, onOutsideChange, read } from "../store.js";
import { wordsOf } from "../text.js";
import { download, fieldErrors, showTroubleNotices } from "../ui.js";

export function setup(root) {
  const form = root.querySelector("form");
  const { date: dateInput, time: timeInput } = form.elements;
  const message = form.querySelector("#gk-plan-message");
  const say = wordsOf(root); // data/planner.yml, teksten.meldingen
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
  const at = (step) => (isMeeting(step) && plan.time ? ` ${say("om", { tijd: plan.time })}` : "");

  const show = () => {
    const now = today();
    const { days, squeezed } = planned() ?? { days: [] };
    steps.forEach((step, i) => {
      const day = days[i];
      const past = day && day < now;
      step.date.textContent = day
        ? `${longDate(day, true)}${at(step)}${past ? ` ${say("voorbij")}` : ""}`
        : "";
      step.item.classList.toggle("gk-timeline__step--past", !!past);
    });
    box.hidden = !days.length;
    const said = { datum: plan.date && longDate(plan.date, true), tijd: plan.time };
    const meeting = plan.date ? say(plan.time ? "gesprek-om" : "gesprek-op", said) : noDate;
    summary.textContent = squeezed ? `${meeting} ${say("ingekort")}` : meeting;
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
      ? say("datumfout")
      : date < today()
        ? say("datum-voorbij")
        : !schedule(date, steps, today())
          ? say("verweg")
          : "";
  const timeProblem = (time) => (parseTime(time) === null ? say("tijdfout") : "");
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
    message.textContent = say("klaar");
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
    if (!events.length) return (boxMessage.textContent = say("alles-voorbij"));
    const name = `gesprek-${plan.date}.ics`;
    download(name, calendar(events, locale()), "text/calendar");
    const past = steps.length - events.length;
    const left = past ? ` ${say.count("stappen-voorbij", past)}` : "";
    const stappen = say.count("stappen", events.length);
    boxMessage.textContent = `${say("bestand", { naam: name, stappen })}${left}`;
  });

  fill(read());
  onOutsideChange(root, fill);
}
