// The list of bespreekpunten as plain data, without the page or storage (Node tests it):
// turning a saved answer into points and adding them without doubles.

// The texts one answer gives: a text as it is, each entry of a list, each row of a table
// (its cells joined). Empty ones give nothing.
export function answerTexts(value) {
  if (typeof value === "string") return value.trim() ? [value.trim()] : [];
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) =>
    typeof entry === "string"
      ? answerTexts(entry)
      : answerTexts(
          Object.values(entry ?? {})
            .filter((cell) => typeof cell === "string" && cell.trim())
            .map((cell) => cell.trim())
            .join(" – "),
        ),
  );
}

// Adds each text not on the list yet, at the end, while there is room; `id(n)` gives the
// n-th new point its id. Returns the number added.
export function addPoints(items, texts, { source, max, id }) {
  let added = 0;
  for (const text of texts) {
    if (items.length >= max || items.some((item) => item.text === text)) continue;
    const point = { id: id(added), text };
    if (source) point.source = source;
    items.push(point);
    added++;
  }
  return added;
}
