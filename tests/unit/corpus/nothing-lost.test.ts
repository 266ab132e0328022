import { describe, expect, it } from "vitest";
import { FILES, parsed, readCapture, words } from "./fixtures";

// Two properties on every real capture: the importer only ever drops words (never
// invents or reorders them), and it drops only what it reports.

// List, note and heading markers are stored as block fields (ordinal, label, level),
// and link targets as mark hrefs, so they are not expected in the text.
const LEADING_MARKER = /^\s*(\d{1,3}[.)]|\(\d{1,3}\)|[•·▪◦‣*+-]|#{1,6}|>|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\d{1,3}\])\s*/u;
const LINK_TARGET = /\]\([^)\s]*\)/g;

function isSubsequence(needle: string[], hay: string[], from = 0): number {
  let j = from;
  for (const w of needle) {
    while (j < hay.length && hay[j] !== w) j++;
    if (j === hay.length) return -1;
    j++;
  }
  return j;
}

describe.each(Object.values(FILES))("nothing lost in %s", (file) => {
  const { text, lines } = readCapture(file);
  const doc = parsed(file);
  const kept = words(doc.text);

  it("keeps the original's words in the original order (kept text is a subsequence)", () => {
    expect(kept.length).toBeGreaterThan(1000);
    expect(isSubsequence(kept, words(text))).not.toBe(-1);
  });

  it("keeps every word of every line that is not reported as removed", () => {
    const wholeLines = new Set<number>();
    const cuts = new Map<number, string[]>();
    for (const span of doc.report.removed) {
      if (span.partOfLine === true) {
        cuts.set(span.fromLine, [...(cuts.get(span.fromLine) ?? []), ...words(span.excerpt)]);
      } else {
        for (let n = span.fromLine; n <= span.toLine; n++) wholeLines.add(n);
      }
    }
    let at = 0;
    const missing: number[] = [];
    lines.forEach((line, i) => {
      const no = i + 1;
      if (wholeLines.has(no)) return;
      const own = words(line.replace(LINK_TARGET, "]").replace(LEADING_MARKER, ""));
      for (const cut of cuts.get(no) ?? []) {
        const k = own.lastIndexOf(cut);
        if (k !== -1) own.splice(k, 1);
      }
      const next = isSubsequence(own, kept, at);
      if (next === -1) missing.push(no);
      else at = next;
    });
    expect(missing).toEqual([]);
  });

  it("reports only lines that exist, with a reason and an excerpt", () => {
    for (const span of doc.report.removed) {
      expect(span.fromLine).toBeGreaterThanOrEqual(1);
      expect(span.toLine).toBeLessThanOrEqual(lines.length);
      expect(span.toLine).toBeGreaterThanOrEqual(span.fromLine);
      expect(span.reason).not.toBe("");
      expect(span.excerpt).not.toBe("");
    }
  });

  it("keeps every range inside the text and blocks in order, apart by a blank line", () => {
    let end = -2;
    for (const b of doc.blocks) {
      expect(b.start).toBe(end + 2);
      expect(b.end).toBeGreaterThan(b.start);
      end = b.end;
    }
    expect(end).toBe(doc.text.length);
    for (const m of doc.marks) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(doc.text.length);
      expect(m.end).toBeGreaterThan(m.start);
    }
    expect(doc.report.charactersKept).toBe(doc.text.length);
    expect(doc.report.charactersIn).toBe(text.length);
  });
});
