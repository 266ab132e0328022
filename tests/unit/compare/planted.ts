import { FILES, parsed } from "../corpus/fixtures";
import type { SharedPassage, Span } from "@/lib/compare";

// Planted edits: a passage written into two real captures that share nothing of their
// own (002 and 004, checked in find-shared-passages.test.ts), each side with its own
// edits, so the expected spans are known exactly.

// Davies, Mission to Moscow, as quoted in capture 001.
export const DAVIES =
  "All of these trials, purges, and liquidations, which seemed so violent at the time and shocked the world, " +
  "are now quite clearly a part of a vigorous and determined effort of the Stalin government to protect itself " +
  "from not only revolution from within but from attack from without. They went to work thoroughly to clean up " +
  "and clean out all treasonable elements within the country. All doubts were resolved in favor of the government.";

export const LEFT_HOST = parsed(FILES.f002).text;
export const RIGHT_HOST = parsed(FILES.f004).text;

export type Planted = { text: string; start: number; end: number };

/**
 * Writes `passage` (whole sentences) into `host` after the first sentence end past
 * `at`; `start` and `end` bound the passage's words, without its final full stop.
 */
export function plant(host: string, passage: string, at: number): Planted {
  const after = host.indexOf(". ", at);
  if (after === -1) throw new Error(`no sentence end after ${at}`);
  const start = after + 2;
  const words = passage.replace(/[.”"]+$/, "");
  return { text: host.slice(0, start) + passage + " " + host.slice(start), start, end: start + words.length };
}

/** The span of `part` inside the planted passage, by its first occurrence. */
export function spanIn(planted: Planted, part: string): Span {
  const start = planted.text.indexOf(part, planted.start);
  if (start === -1 || start >= planted.end) throw new Error(`${JSON.stringify(part)} not in the planted passage`);
  return { start, end: start + part.length, text: part };
}

/** Every span of a passage reads back from its own text. */
export function spansReadBack(passages: SharedPassage[], left: string, right: string): boolean {
  const reads = (span: Span | null, text: string) => span === null || text.slice(span.start, span.end) === span.text;
  return passages.every((p) => reads(p.left, left) && reads(p.right, right)
    && p.differences.every((d) => reads(d.left, left) && reads(d.right, right)));
}
