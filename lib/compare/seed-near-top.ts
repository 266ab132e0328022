// A compare pane's highlight seed (lib/annotations/highlight-seed.ts) cut to what its
// opening view can show. A pane scrolls in its own box, where every registered range
// costs frames while it scrolls (docs/design-notes.md, "Highlights in scrolling panes"):
// 2,000 seeded ranges would make the first scroll, before the pane's layer takes over
// and paints only what is near the view, drop frames. A pane opens at its top.

/** About three views of a pane's text: 60ch lines, some 30 to a view. */
export const SEED_REACH = 6_000;

/** The triples (start, end, layer), sorted by start, that start before `reach`. */
export function seedNearTop(triples: readonly number[], reach = SEED_REACH): number[] {
  let n = 0;
  while (n + 2 < triples.length && triples[n]! < reach) n += 3;
  return triples.slice(0, n);
}
