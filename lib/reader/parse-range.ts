// The `?range=<start>-<end>` search parameter: a character range of the canonical
// text to highlight. A bad value is reported to the reader, never thrown.

export type RangeParam =
  | { kind: "none" }
  | { kind: "ok"; start: number; end: number }
  | { kind: "invalid"; message: string };

export function parseRangeParam(value: string | string[] | undefined, textLength: number): RangeParam {
  if (value === undefined) return { kind: "none" };
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || raw === "") return { kind: "none" };
  const match = /^(\d{1,9})-(\d{1,9})$/.exec(raw.trim());
  if (match === null) {
    return { kind: "invalid", message: `“${raw.slice(0, 40)}” is not a range: expected two offsets such as 120-180.` };
  }
  const start = Number(match[1]);
  const end = Number(match[2]);
  if (end <= start) return { kind: "invalid", message: `The range ${start}-${end} is empty: its end must come after its start.` };
  if (end > textLength) {
    return { kind: "invalid", message: `The range ${start}-${end} goes past the end of this text (${textLength} characters).` };
  }
  return { kind: "ok", start, end };
}

/**
 * What is wrong with a `#b-<n>` fragment on a text of `blockCount` blocks, or null
 * when it names a block (or is no block fragment at all). Said, never silent.
 */
export function blockHashProblem(hash: string, blockCount: number): string | null {
  const match = /^#b-(.*)$/.exec(hash);
  if (match === null) return null;
  const n = /^\d{1,9}$/.test(match[1] ?? "") ? Number(match[1]) : Number.NaN;
  if (Number.isInteger(n) && n < blockCount) return null;
  const last = blockCount - 1;
  const given = decodeURIComponent(match[1] ?? "").slice(0, 40);
  return blockCount === 0
    ? `This text has no block “${given}”: it has no blocks.`
    : `This text has no block “${given}”: its blocks are numbered 0 to ${last}. Showing the text from the start.`;
}
