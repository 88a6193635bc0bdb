// A SMART goal in words, the same in the helper and on the template smart-doelen.
import { longDate } from "./dates.js";

const bare = (text) => text.trim().replace(/[.!?]+$/, "");
const sentence = (text) =>
  bare(text) ? `${bare(text)[0].toUpperCase()}${bare(text).slice(1)}.` : "";

// "Voor 1 juli 2027 wil ik …", then the reader's own sentences for M, A and R.
export function compose(goal) {
  const what = bare(goal.specifiek ?? "").replace(/^ik wil\s+/i, "");
  const first =
    what &&
    `${goal.tijdgebonden ? `Voor ${longDate(goal.tijdgebonden)} wil ik` : "Ik wil"} ${what}.`;
  return [first, ...["meetbaar", "acceptabel", "realistisch"].map((l) => sentence(goal[l] ?? ""))]
    .filter(Boolean)
    .join(" ");
}
