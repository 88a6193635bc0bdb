// Search in the header, loaded only when the reader focuses the field or presses "/"
// (main.js). Fetches the index that the build writes (macros/search_index.py) and shows
// results while the reader types: a combobox with a listbox of links to sections.
// Text the reader sees comes from the field's data- attributes (data/ui.yml).

const MAX_RESULTS = 8;
// How much a match of one query word weighs: in a heading over the text, whole words over
// the start of a word (the word the reader is still typing).
const HEADING = 8;
const HEADING_START = 5;
const TEXT = 2;
const TEXT_START = 1;

// Lower case, no accents; the first suffix that leaves three letters cut off, and a
// doubled last consonant undoubled. The same rule as stem() in macros/search_index.py.
export function stem(word, suffixes) {
  let found = word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const suffix = suffixes.find((end) => found.endsWith(end) && found.length - end.length >= 3);
  if (suffix) found = found.slice(0, -suffix.length);
  const last = found.at(-1);
  if (found.length > 3 && last === found.at(-2) && !"aeiouy".includes(last))
    found = found.slice(0, -1);
  return found;
}

const words = (text) => text.split(/[^\p{L}]+/u).filter((word) => word.length >= 2);

function prepare(index, root) {
  const { suffixes } = index;
  const stems = [];
  let before = "";
  for (const [, shared, rest] of index.words.matchAll(/(\d)(\D*)/g)) {
    before = before.slice(0, Number(shared)) + rest;
    stems.push(before);
  }
  // Each gap: upper-case base-26 digits of gap // 36, then one base-36 digit (search_index.py).
  // An empty posting (null here) is a word too common to list: it may be in any section.
  const postings = index.postings.split(",").map((gaps) => {
    if (!gaps) return null;
    const found = [];
    let at = 0;
    let high = 0;
    for (const digit of gaps) {
      if (digit >= "A" && digit <= "Z") high = high * 26 + digit.charCodeAt(0) - 65;
      else {
        at += high * 36 + parseInt(digit, 36);
        high = 0;
        found.push(at);
      }
    }
    return found;
  });
  // Each page: its address, its title (the heading of its first section), then an anchor
  // and a heading for each further section.
  const sections = [];
  for (const [url, title, ...rest] of index.pages) {
    const pairs = ["", title, ...rest];
    for (let at = 0; at < pairs.length; at += 2) {
      const [anchor, heading] = pairs.slice(at, at + 2);
      sections.push({
        heading,
        title,
        first: !anchor,
        href: new URL(url + (anchor && `#${anchor}`), root).href,
        stems: words(heading).map((word) => stem(word, suffixes)),
      });
    }
  }
  return { suffixes, stems, postings, sections };
}

// Sections that match every query word, best first. A word too common for the index to
// list may be in any section's text; a word that matches nothing (a typo) is skipped.
function search(prepared, query) {
  const typed = words(query);
  const scores = new Map();
  let counted = 0;
  typed.forEach((word, position) => {
    const wanted = stem(word, prepared.suffixes);
    const partial = position === typed.length - 1 && !/\s$/.test(query);
    const matches = (candidate) =>
      candidate === wanted || (partial && candidate.startsWith(wanted));
    const score = new Map();
    const add = (section, points) => score.set(section, Math.max(score.get(section) || 0, points));
    prepared.stems.forEach((candidate, number) => {
      if (!matches(candidate)) return;
      const points = candidate === wanted ? TEXT : TEXT_START;
      const listed = prepared.postings[number];
      if (listed) for (const section of listed) add(section, points);
      else
        prepared.sections.forEach((_, section) => {
          add(section, 0);
        });
    });
    prepared.sections.forEach((section, number) => {
      for (const candidate of section.stems) {
        if (matches(candidate)) add(number, candidate === wanted ? HEADING : HEADING_START);
      }
    });
    if (!score.size) return;
    counted += 1;
    for (const [section, points] of score) {
      if ((scores.get(section)?.count ?? 0) === counted - 1) {
        scores.set(section, {
          count: counted,
          points: (scores.get(section)?.points ?? 0) + points,
        });
      }
    }
  });
  // A section that only may hold a common word is no result.
  return [...scores]
    .filter(([, { count, points }]) => count === counted && points > 0)
    .map(([number, { points }]) => [number, points + (prepared.sections[number].first ? 1 : 0)])
    .sort((one, other) => other[1] - one[1] || one[0] - other[0])
    .slice(0, MAX_RESULTS)
    .map(([number]) => prepared.sections[number]);
}

export function setup(box) {
  const input = box.querySelector("[role=combobox]");
  const list = box.querySelector("[role=listbox]");
  const status = box.querySelector("[role=status]");
  const root = new URL(box.closest("[data-gk-root]").dataset.gkRoot, location.href);
  let prepared = null;
  let active = -1;

  status.textContent = box.dataset.loading;
  fetch(new URL(box.dataset.index, root))
    .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
    .then((index) => {
      prepared = prepare(index, root);
      box.dataset.ready = "true";
      show(); // what the reader typed while the index was on its way
    })
    .catch(() => {
      box.dataset.ready = "error";
      status.textContent = box.dataset.error;
    });

  function options() {
    return [...list.children];
  }

  function choose(number) {
    const all = options();
    active = number;
    all.forEach((option, at) => {
      option.setAttribute("aria-selected", String(at === active));
    });
    if (all[active]) {
      input.setAttribute("aria-activedescendant", all[active].id);
      all[active].scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    choose(-1);
  }

  function show() {
    if (!prepared) return;
    const query = input.value.trim();
    const found = query ? search(prepared, input.value) : [];
    list.replaceChildren(
      ...found.map((section, number) => {
        const option = document.createElement("a");
        option.id = `gk-search-option-${number}`;
        option.className = "gk-search__option";
        option.href = section.href;
        option.tabIndex = -1;
        option.setAttribute("role", "option");
        const heading = document.createElement("span");
        heading.textContent = section.heading;
        option.append(heading);
        if (!section.first) {
          const page = document.createElement("span");
          page.className = "gk-search__page";
          page.textContent = section.title;
          option.append(page);
        }
        return option;
      }),
    );
    const count = found.length;
    status.textContent = !query
      ? ""
      : count === 0
        ? box.dataset.none
        : count === 1
          ? box.dataset.one
          : box.dataset.many.replace("{n}", count);
    list.hidden = count === 0;
    input.setAttribute("aria-expanded", String(count > 0));
    choose(-1);
  }

  input.addEventListener("input", show);
  input.addEventListener("focus", show);
  input.addEventListener("keydown", (event) => {
    const count = options().length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!count) return;
      event.preventDefault();
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      choose(event.key === "ArrowDown" ? (active + 1) % count : (active <= 0 ? count : active) - 1);
    } else if (event.key === "Enter" && count && !list.hidden) {
      event.preventDefault();
      options()[Math.max(active, 0)].click(); // Material's instant navigation takes the click
    } else if (event.key === "Escape") {
      // The first Escape only closes the list; the next clears the field.
      event.preventDefault();
      if (!list.hidden) close();
      else if (input.value) {
        input.value = "";
        show();
      }
    }
  });
  // Leaving the field closes the list; a click on a result focuses the result first.
  box.addEventListener("focusout", (event) => {
    if (!box.contains(event.relatedTarget)) close();
  });
  list.addEventListener("click", () => {
    close();
    input.blur();
  });
}
