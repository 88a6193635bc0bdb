// A calendar file (RFC 5545) with one event per step: all-day events, and the meeting at
// its local ("floating") time when the reader gave one, so no time zone can shift a day.
import { addDays } from "./dates.js";

const escapeText = (text) => text.replace(/[\\;,]/g, "\\$&").replace(/\r?\n/g, "\\n");
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

const compact = (day) => day.replaceAll("-", "");

// events: [{uid, day: "YYYY-MM-DD", time?: "HH:MM", summary, description, url}]
export function calendar(events) {
  const stamp = new Date().toJSON().replace(/[-:]|\.\d+/g, "");
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Gespreksklaar//Plan je voorbereiding//NL", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
  for (const { uid, day, time, summary, description, url } of events) {
    const when = time
      ? [`DTSTART:${compact(day)}T${time.replace(":", "")}00`, "DURATION:PT1H"]
      : [`DTSTART;VALUE=DATE:${compact(day)}`, `DTEND;VALUE=DATE:${compact(addDays(day, 1))}`];
    lines.push("BEGIN:VEVENT", `UID:${uid}`, `DTSTAMP:${stamp}`, ...when);
    lines.push(`SUMMARY:${escapeText(summary)}`, `DESCRIPTION:${escapeText(description)}`, `URL:${url}`, "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(fold).join("\r\n") + "\r\n";
}
