import { BLOCK_SEPARATOR } from "./block-starts";

// The inline script that paints the reader's highlights as soon as the text is parsed,
// before the page's JavaScript has loaded or hydrated (which is when the annotation
// layer paints them again, with the full list: components/annotations/use-highlights.ts).
// It is plain ES5 so it needs no build step, reads only numbers, and does what
// lib/reader/locate-ranges.ts does for the DOM: blocks are the elements with id b-<n>
// under #tx, their text joined by BLOCK_SEPARATOR is the canonical text; a start in
// the gap between blocks moves to the next block, an end to the previous one.
// Browsers without the CSS Custom Highlight API skip it and wait for the layer.

const BODY = `var root = document.getElementById(PREFIX + "tx");
if (!root || typeof Highlight !== "function" || !window.CSS || !CSS.highlights) return;
var t0 = performance.now();
var blocks = root.querySelectorAll('[id^="' + PREFIX + 'b-"]');
var nodes = [], starts = [], at = 0;
for (var b = 0; b < blocks.length; b++) {
  var walker = document.createTreeWalker(blocks[b], NodeFilter.SHOW_TEXT), cursor = at, n;
  while ((n = walker.nextNode())) if (n.data.length > 0) { nodes.push(n); starts.push(cursor); cursor += n.data.length; }
  at += blocks[b].textContent.length + SEP;
}
function leafAt(offset, isEnd) {
  var lo = 0, hi = nodes.length - 1, found = -1;
  while (lo <= hi) { var mid = (lo + hi) >> 1; if (isEnd ? starts[mid] < offset : starts[mid] <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1; }
  if (isEnd) return found < 0 ? null : [found, Math.min(offset - starts[found], nodes[found].data.length)];
  if (found >= 0 && offset < starts[found] + nodes[found].data.length) return [found, offset - starts[found]];
  return found + 1 < nodes.length ? [found + 1, 0] : null;
}
var byLayer = NAMES.map(function () { return []; }), count = 0;
for (var i = 0; i + 2 < SEED.length; i += 3) {
  if (SEED[i + 1] <= SEED[i] || !byLayer[SEED[i + 2]]) continue;
  var s = leafAt(SEED[i], false), e = leafAt(SEED[i + 1], true);
  if (s === null || e === null || s[0] > e[0] || (s[0] === e[0] && s[1] >= e[1])) continue;
  var range = document.createRange();
  range.setStart(nodes[s[0]], s[1]);
  range.setEnd(nodes[e[0]], e[1]);
  byLayer[SEED[i + 2]].push(range);
  count++;
}
var seeds = window.__palimpsestSeed || (window.__palimpsestSeed = {});
seeds[PREFIX] = {};
NAMES.forEach(function (name, l) {
  seeds[PREFIX][name] = byLayer[l];
  var h = CSS.highlights.get(name) || new Highlight();
  byLayer[l].forEach(function (r) { h.add(r); });
  h.priority = l;
  CSS.highlights.set(name, h);
});
performance.measure(MEASURE, { start: t0, end: performance.now(), detail: { count: count, seed: true } });`;

export interface SeedScriptInput {
  /** Flat triples start, end, layer index (lib/annotations/highlight-seed.ts). */
  seed: readonly number[];
  /** The highlight name per layer index. */
  names: readonly string[];
  /** The performance measure a benchmark reads. */
  measure: string;
  /** The text's id prefix (a compare pane's "L-"); "" for the reader. */
  prefix?: string;
}

/** The script's text; only numbers and our own names go into it, as JSON. */
export function highlightSeedScript({ seed, names, measure, prefix = "" }: SeedScriptInput): string {
  const numbers = seed.map((x) => (Number.isInteger(x) ? x : 0));
  // "<" written as \u003c inside the strings, so no "</script>" can end the element early.
  const json = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");
  // The prefix goes into an id and a selector: letters, digits and dashes only.
  const safePrefix = prefix.replace(/[^A-Za-z0-9-]/g, "");
  return `(function (SEED, NAMES, MEASURE, SEP, PREFIX) {\n${BODY}\n})(${json(numbers)}, ${json(names)}, ${json(measure)}, ${BLOCK_SEPARATOR.length}, ${json(safePrefix)});`;
}
