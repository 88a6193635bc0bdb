// A SMART goal in words, the same in the helper and on the template smart-doelen.
import { longDate } from "./dates.js";
import { escapeRegExp, shared } from "./text.js";

const bare = (text) => text.trim().replace(/[.!?]+$/, "");
const sentence = (text) =>
  bare(text) ? `${bare(text)[0].toUpperCase()}${bare(text).slice(1)}.` : "";

// "Voor 1 juli 2027 wil ik …", then the reader's own sentences for M, A and R. The words
// are in data/smart.yml (zin), on #gk-text.
export function compose(goal) {
  const say = shared();
  const begin = new RegExp(`^${escapeRegExp(say("doel-begin"))}\\s+`, "i");
  const what = bare(goal.specific ?? "").replace(begin, "");
  const first =
    what &&
    (goal.timeBound
      ? say("doel-met-datum", { datum: longDate(goal.timeBound), wat: what })
      : say("doel-zonder-datum", { wat: what }));
  return [first, ...["measurable", "achievable", "relevant"].map((l) => sentence(goal[l] ?? ""))]
    .filter(Boolean)
    .join(" ");
}
