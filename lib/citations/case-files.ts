// Investigation files cited by number: "(arch. case No. 300956, vol. 9, p. 324)",
// "(Supervision proceedings, No. 7343-9, p. 26)", "арх. уг. дело № 300956, т. 9, л. 324".
// The tail (volume, then page) is also what an "Ibid." may carry: "(ibid., vol. II, ld 61)".
import type { CaseCitation, CaseType } from "./types";
import { SP, VALUE_PATTERNS, matchAt, normaliseFolios, normaliseValue } from "./values";

const HEADS: ReadonlyArray<{ type: CaseType; source: string }> = [
  {
    type: "archival case",
    source: [
      `(?:[Aa]rch\\.|[Aa]rchival)${SP}+(?:(?:criminal|investigation)${SP}+)?(?:case|file)`,
      `арх\\.${SP}*(?:(?:уг|след)\\.${SP}*)?дело`,
      `архивн(?:ое|о-следственное)${SP}+(?:уголовное${SP}+)?дело`,
    ].join("|"),
  },
  { type: "supervision proceedings", source: `[Ss]upervision${SP}+proceedings|[Нн]адзорное${SP}+производство` },
];

const HEAD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${HEADS.map((h) => `(${h.source})`).join("|")}),?${SP}*(?:No\\.?|#|№)${SP}*(\\d[\\d/-]*\\d|\\d)(?![\\p{L}\\p{N}])`,
  "gu",
);

const SEPARATOR = new RegExp(`${SP}*[.,]?${SP}*`, "uy");
const VOLUME = new RegExp(`(?:vol\\.|Vol\\.|т\\.|Т\\.)${SP}?`, "uy");
// "p.d." and "ld" render the Russian "л. д." (folio of the file) in the corpus' translations.
const PAGE = new RegExp(`(?:p\\.${SP}?d\\.|l\\.${SP}?d\\.|л\\.${SP}?д\\.|ld(?=${SP})|pp\\.|p\\.|ll\\.|l\\.|лл\\.|л\\.|с\\.|С\\.)${SP}?`, "uy");

export interface CaseTail {
  volume?: string;
  list?: string;
  end: number;
}

/** ", vol. 9, p. 324" from `at`; `end` stays at `at` when there is neither. */
export function readCaseTail(text: string, at: number): CaseTail {
  const tail: CaseTail = { end: at };
  let pos = at + (matchAt(SEPARATOR, text, at)?.length ?? 0);
  const volumeHead = matchAt(VOLUME, text, pos);
  if (volumeHead !== undefined) {
    const volume = matchAt(VALUE_PATTERNS.volume, text, pos + volumeHead.length);
    if (volume !== undefined) {
      tail.volume = volume;
      tail.end = pos + volumeHead.length + volume.length;
      pos = tail.end + (matchAt(SEPARATOR, text, tail.end)?.length ?? 0);
    }
  }
  const pageHead = matchAt(PAGE, text, pos);
  if (pageHead !== undefined) {
    const pages = matchAt(VALUE_PATTERNS.folios, text, pos + pageHead.length);
    if (pages !== undefined) {
      tail.list = normaliseFolios(pages);
      tail.end = pos + pageHead.length + pages.length;
    }
  }
  return tail;
}

export function findCaseFiles(text: string): CaseCitation[] {
  const found: CaseCitation[] = [];
  for (const m of text.matchAll(HEAD)) {
    const type = HEADS.find((_, i) => m[i + 1] !== undefined)?.type;
    const number = m[HEADS.length + 1];
    if (type === undefined || number === undefined) continue;
    const tail = readCaseTail(text, m.index + m[0].length);
    const end = Math.max(tail.end, m.index + m[0].length);
    const result: CaseCitation = { kind: "case", start: m.index, end, raw: text.slice(m.index, end), caseType: type, delo: normaliseValue(number) };
    if (tail.volume !== undefined) result.volume = tail.volume;
    if (tail.list !== undefined) result.list = tail.list;
    found.push(result);
  }
  return found;
}
