// Unit tests for browser/js/dates.js: run with `node --test tests/js/`.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  addDays,
  addMonths,
  daysBetween,
  locale,
  longDate,
  parseTime,
  schedule,
  weekday,
} from "../../browser/js/dates.js";

const weekend = (day) => [0, 6].includes(new Date(`${day}T00:00Z`).getUTCDay());

// The planner's steps (data/planner.yml), as planner.js reads them from the page.
const STEPS = [-14, -12, -7, -5, -3, -1, 0, 1, 7]
  .map((days) => ({ days, months: 0 }))
  .concat({ days: 0, months: 3 });

test("adds days and months on the calendar", () => {
  assert.equal(addDays("2027-03-27", 2), "2027-03-29");
  assert.equal(addDays("2027-01-01", -1), "2026-12-31");
  assert.equal(addMonths("2027-01-31", 1), "2027-02-28");
  assert.equal(addMonths("2027-11-30", 3), "2028-02-29");
});

test("a day beyond the year 9999 is null, never a broken text", () => {
  assert.equal(addDays("9999-12-31", 1), null);
  assert.equal(addMonths("9999-11-01", 3), null);
  assert.equal(addDays("9999-12-30", 1), "9999-12-31");
  assert.equal(schedule("9999-12-01", STEPS, "9999-11-01"), null);
});

test("counts the days between two days", () => {
  assert.equal(daysBetween("2026-12-01", "2026-12-04"), 3);
  assert.equal(daysBetween("2027-03-27", "2027-03-29"), 2); // across summer time
  assert.equal(daysBetween("2026-12-04", "2026-12-01"), -3);
});

test("a Saturday or Sunday moves to the Friday before or the Monday after", () => {
  assert.equal(weekday("2026-12-05", -1), "2026-12-04");
  assert.equal(weekday("2026-12-06", -1), "2026-12-04");
  assert.equal(weekday("2026-12-06", 1), "2026-12-07");
  assert.equal(weekday("2026-12-02", 1), "2026-12-02");
});

test("with time enough, every step keeps its day or the nearest weekday", () => {
  const { days, squeezed } = schedule("2027-01-13", STEPS, "2026-12-01"); // a Wednesday
  assert.equal(squeezed, false);
  assert.deepEqual(days, [
    "2026-12-30",
    "2027-01-01",
    "2027-01-06",
    "2027-01-08",
    "2027-01-08", // 10 January is a Sunday: the Friday before
    "2027-01-12",
    "2027-01-13",
    "2027-01-14",
    "2027-01-20",
    "2027-04-13",
  ]);
});

test("the meeting keeps its day, also on a Saturday", () => {
  const { days, squeezed } = schedule("2027-01-16", STEPS, "2026-12-01");
  assert.equal(squeezed, false);
  assert.equal(days[6], "2027-01-16");
  assert.equal(days[7], "2027-01-18"); // the day after is a Sunday: the Monday
});

for (const away of [0, 1, 2, 3, 4, 5, 8, 13, 30]) {
  for (const now of ["2026-11-30", "2026-12-03", "2026-12-05", "2026-12-06"]) {
    test(`a meeting ${away} days after ${now}: no step lost, none before today, in order`, () => {
      const meeting = addDays(now, away);
      const { days, squeezed } = schedule(meeting, STEPS, now);
      assert.equal(squeezed, days[0] !== weekday(addDays(meeting, -14), -1));
      assert.equal(days.length, STEPS.length);
      assert.deepEqual(days, [...days].sort());
      assert.ok(days.every((day) => day >= now));
      days.forEach((day, i) => {
        if (STEPS[i].days || STEPS[i].months)
          assert.ok(!weekend(day) || day === meeting, `${day} is in a weekend`);
      });
      assert.equal(days[6], meeting);
      assert.ok(days.slice(0, 6).every((day) => day <= meeting));
    });
  }
}

test("missed steps are spread over the days left, first things first", () => {
  // Tuesday 1 December, meeting on Monday 7 December: -14 … -7 are past, -5 is a Wednesday.
  const { days, squeezed } = schedule("2026-12-07", STEPS, "2026-12-01");
  assert.equal(squeezed, true);
  assert.deepEqual(days.slice(0, 6), [
    "2026-12-01",
    "2026-12-01",
    "2026-12-01",
    "2026-12-02",
    "2026-12-04",
    "2026-12-04",
  ]);
});

test("with no weekday left, missed steps share the day of the next step", () => {
  // Saturday; the meeting is on Monday: everything before it lands on the meeting day.
  const { days, squeezed } = schedule("2026-12-07", STEPS, "2026-12-05");
  assert.equal(squeezed, true);
  assert.deepEqual(days.slice(0, 7), Array(7).fill("2026-12-07"));
});

test("a meeting that is over keeps its steps where they were", () => {
  const { days, squeezed } = schedule("2026-11-20", STEPS, "2026-12-01");
  assert.equal(squeezed, false);
  assert.equal(days[0], "2026-11-06");
});

test("a typed time becomes HH:MM, or null when it is no time", () => {
  for (const typed of ["9.30", "9:30", "09:30", " 09.30 "]) assert.equal(parseTime(typed), "09:30");
  assert.equal(parseTime("14:05"), "14:05");
  assert.equal(parseTime(""), "");
  for (const typed of ["930", "9", "24:00", "9.60", "9.3", "half tien", "09:30:00"])
    assert.equal(parseTime(typed), null, typed);
});

// The way of writing comes from data/ui.yml (taalcode), on #gk-text: the English edition
// writes dates the British way, for a reader in the Netherlands.
const page = (lang, tag) => ({
  documentElement: { lang },
  getElementById: (id) => (id === "gk-text" && tag ? { dataset: { locale: tag } } : null),
});

test("writes a date in the page's way of writing", () => {
  assert.equal(longDate("2027-03-16", false, "nl-NL"), "16 maart 2027");
  assert.equal(longDate("2027-03-16", true, "nl-NL"), "dinsdag 16 maart 2027");
  assert.equal(longDate("2027-03-16", false, "en-GB"), "16 March 2027");
  // Whether a comma follows the weekday differs between versions of ICU.
  assert.match(longDate("2027-03-16", true, "en-GB"), /^Tuesday,? 16 March 2027$/);
  globalThis.document = page("en", "en-GB");
  try {
    assert.equal(locale(), "en-GB");
    assert.equal(longDate("2027-03-16"), "16 March 2027");
    assert.match(longDate("2027-03-16", true), /^Tuesday,? 16 March 2027$/);
  } finally {
    delete globalThis.document;
  }
});

test("without the tag from data, a page still writes dates in its own language", () => {
  globalThis.document = page("nl", undefined);
  try {
    assert.equal(locale(), "nl");
    assert.equal(longDate("2027-03-16"), "16 maart 2027");
  } finally {
    delete globalThis.document;
  }
});
