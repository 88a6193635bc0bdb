// Days as "YYYY-MM-DD", counted on the calendar. A Date at midnight UTC stands for a day:
// UTC has no daylight saving, so adding days never lands on the wrong one.
const utc = (day) => new Date(`${day}T00:00Z`);
// null for a day outside the years 0000–9999, which "YYYY-MM-DD" (and a calendar file)
// cannot hold: toJSON() writes year 10000 as "+010000-…".
const iso = (date) => {
  const text = date.toJSON();
  return text && /^\d{4}-/.test(text) ? text.slice(0, 10) : null;
};

export function addDays(day, n) {
  const date = utc(day);
  date.setUTCDate(date.getUTCDate() + n);
  return iso(date);
}

// 31 January plus one month is the last day of February.
export function addMonths(day, n) {
  const [year, month, date] = day.split("-").map(Number);
  const last = new Date(Date.UTC(year, month - 1 + n + 1, 0)).getUTCDate();
  return iso(new Date(Date.UTC(year, month - 1 + n, Math.min(date, last))));
}

// Today on this device's calendar.
export const today = () => new Date().toLocaleDateString("sv-SE");

// Whole days from one day to another (negative when `to` comes first).
export const daysBetween = (from, to) => Math.round((utc(to) - utc(from)) / 86400000);

const isWeekend = (day) => [0, 6].includes(utc(day).getUTCDay());

// The nearest weekday: going back (-1) from a Saturday or Sunday gives the Friday before,
// going forward (1) the Monday after.
export function weekday(day, direction) {
  while (day && isWeekend(day)) day = addDays(day, direction);
  return day;
}

// The day of each step ({days} before or after the meeting, or {months} after it), never
// on a Saturday or Sunday (the meeting keeps its own day). Steps that would lie before
// `now` are spread, in order, over the weekdays left before the next step that still
// fits; with none left they share its day. {days, squeezed}, or null if a day lies
// beyond the year 9999.
export function schedule(meeting, steps, now) {
  const days = steps.map(({ days, months }) => {
    if (!days && !months) return meeting;
    return weekday(months ? addMonths(meeting, months) : addDays(meeting, days), days < 0 ? -1 : 1);
  });
  if (days.includes(null)) return null;
  // Before a meeting that is over, there are no days left to move steps to.
  const missed = meeting < now ? 0 : days.filter((day) => day < now).length;
  if (!missed) return { days, squeezed: false };
  const next = days[missed];
  const free = [];
  for (let day = now; day < next; day = addDays(day, 1)) if (!isWeekend(day)) free.push(day);
  if (!free.length) free.push(next);
  return {
    days: days.map((day, i) => (i < missed ? free[Math.floor((i * free.length) / missed)] : day)),
    squeezed: true,
  };
}

// A time as typed where a browser shows a text box instead of a time picker: "9.30",
// "9:30" and "09:30" are all "09:30". "" for nothing typed, null for anything else.
export function parseTime(text) {
  const found = text.trim().match(/^(\d{1,2})[.:](\d\d)$/);
  if (!found) return text.trim() ? null : "";
  const [hours, minutes] = [Number(found[1]), Number(found[2])];
  return hours < 24 && minutes < 60 ? `${String(hours).padStart(2, "0")}:${found[2]}` : null;
}

// How the page writes every date and number: data/ui.yml taalcode on #gk-text ("en-GB":
// "16 March 2027", where plain "en" gives "March 16, 2027"). Without it, the page's
// language (<html lang>); undefined outside a page (Node), which means the runtime's own.
export const locale = () => {
  const page = globalThis.document;
  return page?.getElementById("gk-text")?.dataset.locale || page?.documentElement.lang || undefined;
};

// "16 maart 2027", or with the weekday "dinsdag 16 maart 2027" (in the page's language).
export const longDate = (day, weekday, lang = locale()) =>
  utc(day).toLocaleDateString(lang, {
    timeZone: "UTC",
    day: "numeric",
    month: "long",
    year: "numeric",
    weekday: weekday ? "long" : undefined,
  });
