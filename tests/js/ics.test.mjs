// Unit tests for browser/js/ics.js: run with `node --test tests/js/`.
import assert from "node:assert/strict";
import { test } from "node:test";
import { calendar } from "../../browser/js/ics.js";

const event = (more = {}) => ({
  uid: "2027-01-13-gesprek@example.org",
  day: "2027-01-13",
  summary: "Je gesprek",
  description: "Lees de tips",
  url: "https://example.org/tips/",
  ...more,
});
// Unfolded content lines (RFC 5545, 3.1).
const lines = (text) => text.replace(/\r\n /g, "").split("\r\n").slice(0, -1);
const blocks = (text, name) =>
  text
    .replace(/\r\n /g, "")
    .split(`BEGIN:${name}\r\n`)
    .slice(1)
    .map((part) => part.split(`\r\nEND:${name}`)[0].split("\r\n"));

test("an all-day event lasts its day and reminds at 08:00 that morning", () => {
  const [vevent] = blocks(calendar([event()]), "VEVENT");
  assert.ok(vevent.includes("DTSTART;VALUE=DATE:20270113"));
  assert.ok(vevent.includes("DTEND;VALUE=DATE:20270114"));
  const [alarm] = blocks(vevent.join("\r\n"), "VALARM");
  assert.deepEqual(alarm, ["ACTION:DISPLAY", "DESCRIPTION:Je gesprek", "TRIGGER:PT480M"]);
});

test("a meeting at a time reminds at 08:00, or an hour before when it starts early", () => {
  const late = blocks(calendar([event({ time: "14:30" })]), "VALARM")[0];
  assert.ok(late.includes("TRIGGER:-PT390M")); // 14:30 - 6 h 30 min = 08:00
  const early = blocks(calendar([event({ time: "08:15" })]), "VALARM")[0];
  assert.ok(early.includes("TRIGGER:-PT60M"));
  const [vevent] = blocks(calendar([event({ time: "14:30" })]), "VEVENT");
  assert.ok(vevent.includes("DTSTART:20270113T143000") && vevent.includes("DURATION:PT1H"));
});

test("every event has exactly one alarm", () => {
  const text = calendar([
    event(),
    event({ uid: "b", day: "2027-01-14" }),
    event({ uid: "c", day: "2027-01-15", time: "10:00" }),
  ]);
  assert.equal(blocks(text, "VEVENT").length, 3);
  assert.equal(blocks(text, "VALARM").length, 3);
});

test("text is escaped; control characters from data are dropped", () => {
  const text = calendar([
    event({
      summary: "Een; twee, drie\\ vier",
      description: "a\u0000b\u0007c\r\nd\re\u001bf\u007fg\th",
      uid: "x\ny\u0001@z",
      url: "https://e.org/\u0000a\n",
    }),
  ]);
  const controls = [...text.replaceAll("\r\n", "")].filter((char) => {
    const code = char.codePointAt(0);
    return (code < 32 && code !== 9) || code === 127;
  });
  assert.deepEqual(controls, [], "a control character got through");
  const all = lines(text);
  assert.ok(all.includes("SUMMARY:Een\\; twee\\, drie\\\\ vier"));
  assert.ok(all.includes("DESCRIPTION:abc\\nd\\nefg\th"));
  assert.ok(all.includes("UID:xy@z"));
  assert.ok(all.includes("URL:https://e.org/a"));
});

test("lines are folded at 75 octets without splitting a character", () => {
  const text = calendar([event({ description: "één ".repeat(60) })]);
  for (const line of text.split("\r\n")) assert.ok(new TextEncoder().encode(line).length <= 75);
  assert.ok(lines(text).includes(`DESCRIPTION:${"één ".repeat(60)}`));
});

test("a day the file cannot hold, or a time that is none, is refused instead of written", () => {
  assert.throws(() => calendar([event({ day: "+010000-01-01" })]), RangeError);
  assert.throws(() => calendar([event({ day: null })]), RangeError);
  assert.throws(() => calendar([event({ day: "9999-12-31" })]), RangeError); // ends in 10000
  assert.throws(() => calendar([event({ time: "9.30" })]), RangeError);
});

test("the calendar names the language of its texts", () => {
  assert.ok(
    lines(calendar([event()], "en")).includes("PRODID:-//Gespreksklaar//Gespreksklaar//EN"),
  );
  assert.ok(lines(calendar([event()])).includes("PRODID:-//Gespreksklaar//Gespreksklaar//NL"));
});
