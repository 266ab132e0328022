import type { LineMarker } from "./draft";
import { superscriptToDigits } from "./inline-marks";

// Markers a capture's line may start with: list numbers and bullets, footnote
// labels, and the two markdown block prefixes the captures use (# and >).

export interface MarkedLine {
  marker: LineMarker;
  rest: string;
}

export function lineMarker(text: string): MarkedLine | undefined {
  let m = /^(#{1,6})\s+(\S.*)$/.exec(text);
  if (m !== null) return { marker: { type: "md-heading", level: (m[1] ?? "#").length }, rest: m[2] ?? "" };
  m = /^>\s?(.*)$/.exec(text);
  if (m !== null) return { marker: { type: "md-quote" }, rest: m[1] ?? "" };
  m = /^(\d{1,3})[.)]\s+(\S.*)$/.exec(text);
  if (m !== null) return { marker: { type: "number", value: m[1] ?? "" }, rest: m[2] ?? "" };
  m = /^\((\d{1,3})\)\s+(\S.*)$/.exec(text);
  if (m !== null) return { marker: { type: "paren-number", value: m[1] ?? "" }, rest: m[2] ?? "" };
  m = /^(?:[•·▪◦‣]\s*|[*+]\s+|-\s+)(\S.*)$/.exec(text);
  if (m !== null) return { marker: { type: "bullet" }, rest: m[1] ?? "" };
  m = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(\S.*)$/.exec(text);
  if (m !== null) return { marker: { type: "superscript", value: superscriptToDigits(m[1] ?? "") }, rest: m[2] ?? "" };
  m = /^\[(\d{1,3})\]\s+(\S.*)$/.exec(text) ?? /^\[\^([^\]\s]{1,20})\]:\s*(\S.*)$/.exec(text);
  if (m !== null) return { marker: { type: "note-def", value: m[1] ?? "" }, rest: m[2] ?? "" };
  return undefined;
}

/** Wiki reference lists repeat the label as backlinks: "3. 3.00 3.01 3.02 Kotkin...". */
export function splitBacklinks(label: string, rest: string): { backlinks: string; rest: string } {
  const re = new RegExp(`^(?:${label}\\.\\d{1,3}\\s+)+`);
  const m = re.exec(rest);
  if (m === null) return { backlinks: "", rest };
  return { backlinks: m[0].trim(), rest: rest.slice(m[0].length) };
}
