// Archival references: an archive with its fields ("AP RF. F. 3, Op. 24, D. 456, L.
// 107"), a bare chain of at least two fields from the fond down ("Ф. 2. Оп. 1. Д. 1."),
// and chains after ";" that continue the citation before ("RGASPI, f. 17, op. 3, d. 1;
// d. 5" keeps RGASPI f. 17 op. 3).
import { archivePattern, canonicalArchive } from "./archives";
import { readChain, type Chain } from "./fields";
import { ARCHIVAL_LEVELS, type ArchivalCitation, type ArchivalFields } from "./types";
import { SP } from "./values";

const OPENERS: Record<string, string> = { "[": "]", "(": ")" };
const FOND_START = /(?<![\p{L}\p{N}])(?:[fFфФ]\.|fond |Fond |фонд |Фонд )/gu;
const SLASHED = new RegExp(`[,.]?${SP}*(\\d+)/(\\d+)/(\\d+[a-zа-я]?)(?:/(\\d+))?(?![\\p{L}\\p{N}/])`, "uy");
// A named part of the archive between the archive and its fields: ", Ezhov's archive, d. 217".
const COLLECTION = new RegExp(`[,.]${SP}+([\\p{L}][^\\d,.;:()\\[\\]\\n]{0,40}?),(?=${SP}*\\S)`, "uy");
const IBID_BEFORE = new RegExp(`(?:Ibid|ibid|Там же|там же)\\.?${SP}*$`, "u");
const CONTINUES = new RegExp(`${SP}*;${SP}*`, "uy");

function citation(text: string, start: number, end: number, fields: ArchivalFields): ArchivalCitation {
  const result: ArchivalCitation = { kind: "archival", start, end, raw: text.slice(start, end) };
  for (const level of ARCHIVAL_LEVELS) {
    const value = fields[level];
    if (value !== undefined) result[level] = value;
  }
  return result;
}

/** The bracket right before `at` (spaces allowed), as [position, closer]. */
function openerBefore(text: string, at: number): [number, string] | undefined {
  let i = at - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\u00a0")) i--;
  const closer = OPENERS[text[i] ?? ""];
  return closer === undefined ? undefined : [i, closer];
}

function fromArchive(text: string, start: number, matched: string): { fields: ArchivalFields; end: number; start: number } | undefined {
  const archive = canonicalArchive(matched);
  if (archive === undefined) return undefined;
  const after = start + matched.length;
  SLASHED.lastIndex = after;
  const slashed = SLASHED.exec(text);
  if (slashed !== null) {
    const [, fond, opis, delo, list] = slashed;
    const chain = readChain(text, SLASHED.lastIndex);
    const fields: ArchivalFields = { archive, fond, opis, delo, ...(list === undefined ? {} : { list }) };
    return { fields: { ...fields, ...chain?.fields }, end: chain?.end ?? SLASHED.lastIndex, start };
  }
  const opener = openerBefore(text, start);
  let chain: Chain | undefined = readChain(text, after, opener?.[1]);
  let collection: string | undefined;
  if (chain === undefined) {
    COLLECTION.lastIndex = after;
    const named = COLLECTION.exec(text);
    if (named === null) return undefined;
    chain = readChain(text, COLLECTION.lastIndex);
    collection = named[1]?.trim();
  }
  if (chain === undefined) return undefined;
  let from = start;
  if (chain.bridged && opener !== undefined) {
    // "Ibid. [TsA FSB ...]. L.262": the span takes the bracket, and the "Ibid." that
    // introduces it, so that it stays balanced.
    from = opener[0];
    const ibid = IBID_BEFORE.exec(text.slice(Math.max(0, from - 12), from));
    if (ibid !== null) from -= ibid[0].length;
  }
  return { fields: { archive, ...(collection === undefined ? {} : { collection }), ...chain.fields }, end: chain.end, start: from };
}

/** Fields of `before` above the chain's first level, then the chain's own. */
function carried(before: ArchivalFields, chain: Chain): ArchivalFields {
  const cut = ARCHIVAL_LEVELS.indexOf(chain.first);
  const kept: ArchivalFields = {};
  for (const level of ARCHIVAL_LEVELS.slice(0, cut)) {
    const value = before[level];
    if (value !== undefined) kept[level] = value;
  }
  return { ...kept, ...chain.fields };
}

export function findArchival(text: string): ArchivalCitation[] {
  const found: ArchivalCitation[] = [];
  const starts: Array<{ at: number; archive?: string }> = [];
  for (const m of text.matchAll(archivePattern())) starts.push({ at: m.index, archive: m[0] });
  for (const m of text.matchAll(FOND_START)) starts.push({ at: m.index });
  starts.sort((a, b) => a.at - b.at);
  let consumed = 0;
  for (const { at, archive } of starts) {
    if (at < consumed) continue;
    let head: { fields: ArchivalFields; end: number; start: number } | undefined;
    if (archive !== undefined) head = fromArchive(text, at, archive);
    else {
      const chain = readChain(text, at);
      if (chain !== undefined && chain.count >= 2) head = { fields: chain.fields, end: chain.end, start: at };
    }
    if (head === undefined) continue;
    let last = citation(text, head.start, head.end, head.fields);
    found.push(last);
    for (;;) {
      CONTINUES.lastIndex = last.end;
      if (CONTINUES.exec(text) === null) break;
      const from = CONTINUES.lastIndex;
      const chain = readChain(text, from);
      if (chain === undefined) break;
      last = citation(text, from, chain.end, carried(last, chain));
      found.push(last);
    }
    consumed = last.end;
  }
  return found;
}
