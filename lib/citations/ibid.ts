// "Ibid." takes the citation before it, with whatever narrower fields it writes itself
// ("Ibid. L. 262", "(ibid., vol. II, ld 61)", "(Ibid., p. 322)"). It only resolves when
// nothing else was cited in between: a page reference this module does not index
// ("(Court report, pp. 54, 58)"), an "op. cit." or an unresolved Ibid breaks the chain,
// and such an Ibid is left out rather than pinned on the wrong file. So is one written
// more than IBID_REACH characters after its citation: quotations cited without a page
// ("(Trotsky, The Revolution Betrayed)") leave no trace to break the chain with, and in
// the corpus every Ibid follows its citation within 850 characters.
import { readCaseTail } from "./case-files";
import { readChain } from "./fields";
import { ARCHIVAL_LEVELS, type ArchivalFields, type ArchivalLevel, type Citation } from "./types";
import { SP } from "./values";

const IBID = /(?<![\p{L}\p{N}])(?:Ibidem|ibidem|Ibid|ibid|IBID|Там же|там же)(?![\p{L}\p{N}])\.?/gu;
const OTHER_REFERENCE = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:pp?|PP?|стр|с|С)\\.${SP}?\\d|page${SP}\\d|(?:op|Op)\\.${SP}?cit\\.)`, "u");

export const IBID_REACH = 3000;

export interface IbidMark {
  start: number;
  end: number;
  /** The narrower fields written after "Ibid.", as archival levels (a page is a list). */
  fields: ArchivalFields;
}

export function findIbids(text: string): IbidMark[] {
  const found: IbidMark[] = [];
  for (const m of text.matchAll(IBID)) {
    const after = m.index + m[0].length;
    const chain = readChain(text, after);
    const fields: ArchivalFields = { ...chain?.fields };
    let end = chain?.end ?? after;
    if (fields.list === undefined) {
      const tail = readCaseTail(text, end);
      if (tail.volume !== undefined && fields.volume === undefined) fields.volume = tail.volume;
      if (tail.list !== undefined) fields.list = tail.list;
      end = Math.max(end, tail.end);
    }
    found.push({ start: m.index, end, fields });
  }
  return found;
}

/** The narrowest level written decides what is kept from before: everything above it. */
function keptAbove(before: ArchivalFields, written: ArchivalFields): ArchivalFields {
  const cut = Math.min(...Object.keys(written).map((level) => ARCHIVAL_LEVELS.indexOf(level as ArchivalLevel)));
  const kept: ArchivalFields = {};
  for (const level of ARCHIVAL_LEVELS.slice(0, cut)) {
    const value = before[level];
    if (value !== undefined) kept[level] = value;
  }
  return { ...kept, ...written };
}

const only = (fields: ArchivalFields, allowed: ArchivalLevel[]) => Object.keys(fields).every((k) => allowed.includes(k as ArchivalLevel));

function resolve(text: string, mark: IbidMark, before: Citation): Citation | undefined {
  const span = { start: mark.start, end: mark.end, raw: text.slice(mark.start, mark.end), ibid: true as const };
  const { volume, list } = mark.fields;
  switch (before.kind) {
    case "archival": {
      const { start: _s, end: _e, raw: _r, ibid: _i, kind: _k, ...fields } = before;
      return { kind: "archival", ...span, ...keptAbove(fields, mark.fields) };
    }
    case "case": {
      if (!only(mark.fields, ["volume", "list"])) return undefined;
      const { start: _s, end: _e, raw: _r, ibid: _i, ...fields } = before;
      const next = { ...fields, ...span };
      if (volume !== undefined) delete next.list;
      return { ...next, ...(volume === undefined ? {} : { volume }), ...(list === undefined ? {} : { list }) };
    }
    case "published": {
      if (!only(mark.fields, ["volume", "list"])) return undefined;
      const { start: _s, end: _e, raw: _r, ibid: _i, ...fields } = before;
      const next = { ...fields, ...span };
      if (volume !== undefined) delete next.pages;
      return { ...next, ...(volume === undefined ? {} : { volume }), ...(list === undefined ? {} : { pages: list }) };
    }
  }
}

/** Merges the Ibid marks into the citations (both sorted by start), resolving each in turn. */
export function resolveIbids(text: string, citations: Citation[], marks: IbidMark[]): Citation[] {
  const out: Citation[] = [];
  let before: Citation | undefined;
  let i = 0;
  for (const mark of marks) {
    while (i < citations.length && (citations[i]?.start ?? Infinity) < mark.start) {
      before = citations[i++];
      if (before !== undefined) out.push(before);
    }
    const clear =
      before !== undefined && mark.start - before.end <= IBID_REACH && !OTHER_REFERENCE.test(text.slice(before.end, mark.start));
    const resolved = clear && before !== undefined ? resolve(text, mark, before) : undefined;
    if (resolved !== undefined) out.push(resolved);
    before = resolved;
  }
  return out.concat(citations.slice(i));
}
