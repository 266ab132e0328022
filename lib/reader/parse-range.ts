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
