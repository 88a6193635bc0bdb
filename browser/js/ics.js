// A calendar file (RFC 5545) with one event per step: all-day events, and the meeting at
// its local ("floating") time when the reader gave one, so no time zone can shift a day.
// Each event reminds in the morning of its day (a VALARM; not every calendar program
// takes reminders over from a file).
import { addDays } from "./dates.js";

// Control characters have no place in a calendar file (RFC 5545, 3.3.11); a tab may stay.
const allowed = (char) => {
  const code = char.codePointAt(0);
  return code === 9 || code === 10 || (code > 31 && code !== 127);
};
const clean = (text) => [...String(text).replace(/\r\n?/g, "\n")].filter(allowed).join("");
const escapeText = (text) =>
  clean(text)
    .replace(/[\\;,]/g, "\\$&")
    .replace(/\n/g, "\\n");
const oneLine = (text) => clean(text).replace(/\n/g, "");
const bytes = new TextEncoder();

// At most 75 octets a line; a continuation starts with a space. Never splits a character.
function fold(line) {
  let folded = "";
  let size = 0;
  for (const char of line) {
    const n = bytes.encode(char).length;
    if (size + n > 75) {
      folded += "\r\n ";
      size = 1;
    }
    folded += char;
    size += n;
  }
  return folded;
}

// A DATE has a four-digit year: anything else would make a file no program reads.
function compact(day) {
  if (!/^\d{4}-\d\d-\d\d$/.test(day ?? "")) throw new RangeError(`Not a day: ${day}`);
  return day.replaceAll("-", "");
}

const MORNING = 8 * 60; // the reminder, in minutes after midnight
const minutes = (time) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

// Relative to the start: 08:00 on an all-day event's day; for a meeting at a time, 08:00
// that day or, for an early meeting, an hour before it.
const trigger = (time) => (time ? `-PT${Math.max(60, minutes(time) - MORNING)}M` : `PT${MORNING}M`);

// events: [{uid, day: "YYYY-MM-DD", time?: "HH:MM", summary, description, url}]; lang: the
// page's language, which the texts are in (PRODID names it, RFC 5545 3.7.3).
export function calendar(events, lang = "nl") {
  const stamp = new Date().toJSON().replace(/[-:]|\.\d+/g, "");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//Gespreksklaar//Gespreksklaar//${oneLine(lang).toUpperCase()}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
  ];
  for (const { uid, day, time, summary, description, url } of events) {
    if (time && !/^([01]\d|2[0-3]):[0-5]\d$/.test(time))
      throw new RangeError(`Not a time: ${time}`);
    const when = time
      ? [`DTSTART:${compact(day)}T${time.replace(":", "")}00`, "DURATION:PT1H"]
      : [`DTSTART;VALUE=DATE:${compact(day)}`, `DTEND;VALUE=DATE:${compact(addDays(day, 1))}`];
    lines.push("BEGIN:VEVENT", `UID:${oneLine(uid)}`, `DTSTAMP:${stamp}`, ...when);
    lines.push(
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `URL:${oneLine(url)}`,
    );
    lines.push(
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      `DESCRIPTION:${escapeText(summary)}`,
      `TRIGGER:${trigger(time)}`,
      "END:VALARM",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}
