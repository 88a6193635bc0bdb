// Saved "Zet op de agenda" choices (templates.<id>.agenda, from before the list of
// bespreekpunten) become bespreekpunten: each field marked true with an answer adds that
// answer, as a point with the source "<template>/<field>". Pure: the caller stores it.
// The points get today's keys (text, source): migration 5 renames only the tool then.
import { addPoints, answerTexts } from "./point-list.js";

// {state, changed}: a copy of `state` without agenda choices and with their points, at
// most `max` in all; ids "agenda-<template>-<field>", then "-2", "-3". The answers
// themselves stay where they are.
export function migrateAgenda(state, max) {
  const next = JSON.parse(JSON.stringify(state)); // saved state is JSON; Safari 15.0 lacks structuredClone
  let changed = false;
  for (const [template, entry] of Object.entries(next.templates ?? {})) {
    if (!entry.agenda || !Object.keys(entry.agenda).length) continue;
    changed = true;
    for (const [field, on] of Object.entries(entry.agenda)) {
      if (on !== true) continue;
      const items = ((next.tools ??= {}).bespreekpunten ??= { items: [] }).items;
      const taken = new Set(items.map((item) => item.id));
      const base = `agenda-${template}-${field}`;
      let k = 1;
      const id = () => {
        while (taken.has(k === 1 ? base : `${base}-${k}`)) k++;
        const one = k === 1 ? base : `${base}-${k}`;
        taken.add(one);
        return one;
      };
      addPoints(items, answerTexts(entry.fields?.[field]), {
        source: `${template}/${field}`,
        max,
        id,
      });
    }
    entry.agenda = {};
  }
  return { state: next, changed };
}
