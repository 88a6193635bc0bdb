// Days as "YYYY-MM-DD", counted on the calendar. A Date at midnight UTC stands for a day:
// UTC has no daylight saving, so adding days never lands on the wrong one.
const utc = (day) => new Date(`${day}T00:00Z`);
const iso = (date) => date.toJSON().slice(0, 10);

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

// "16 maart 2027", or with the weekday "dinsdag 16 maart 2027".
export const longDate = (day, weekday) =>
  utc(day).toLocaleDateString("nl-NL", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric", weekday: weekday ? "long" : undefined });
