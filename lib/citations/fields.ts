// The field grammar of an archival reference: "F. 3, Op. 24, D. 456, L. 107",
// "Ф. 2. Оп. 1. Д. 1.", "f. R-9401, op. 2, ed. khr. 64, ll. 5-7ob.". Fields come in
// archival order (fond, opis, box, delo, volume, list); a field at or above the last
// one read starts the next citation instead.
import { ARCHIVAL_LEVELS, type ArchivalLevel } from "./types";
import { SP, VALUE_PATTERNS, matchAt, normaliseFolios, normaliseValue } from "./values";

export type FieldLevel = Exclude<ArchivalLevel, "archive" | "collection">;
export type FieldValues = Partial<Record<FieldLevel, string>>;

const word = (forms: string) => `(?:${forms})(?=${SP})`;

// A marker is an abbreviation with its period ("f.", "ll.", "ед. хр.") or a whole word
// ("fond", "delo"). Single letters need the period, so initials ("F Scott") never match,
// and a marker counts only when a number follows it ("D. H. Lawrence", "Op. cit.").
const FIELDS: ReadonlyArray<{ level: FieldLevel; marker: RegExp; value: RegExp }> = [
  { level: "fond", marker: mark(`[fFфФ]\\.|${word("fond|Fond|фонд|Фонд")}`), value: VALUE_PATTERNS.fond },
  // "per." (perechen'): RGANI f. 89 numbers its inventories as lists, in the opis' place.
  { level: "opis", marker: mark(`(?:op|Op|оп|Оп|per|пер)\\.|${word("opis'?|Opis'?|опись|Опись")}`), value: VALUE_PATTERNS.number },
  { level: "box", marker: mark(`[kKкК]\\.`), value: VALUE_PATTERNS.number },
  {
    level: "delo",
    marker: mark(`(?:ed|Ed|ед|Ед)\\.${SP}?(?:khr|хр)\\.|[dDдД]\\.|${word("delo|Delo|дело|Дело")}`),
    value: VALUE_PATTERNS.number,
  },
  { level: "volume", marker: mark(`[tTтТ]\\.|(?:vol|Vol)\\.|${word("tom|Tom|том|Том")}`), value: VALUE_PATTERNS.volume },
  {
    level: "list",
    marker: mark(`(?:ll|Ll|LL|l|L|лл|Лл|л|Л)\\.|${word("listy|list|Listy|List|листы|лист|Листы|Лист")}`),
    value: VALUE_PATTERNS.folios,
  },
];

function mark(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})${SP}?`, "uy");
}

const levelIndex = (level: FieldLevel) => ARCHIVAL_LEVELS.indexOf(level);

export interface Field {
  level: FieldLevel;
  value: string;
  end: number;
}

/** The field starting exactly at `at`, if any. */
function readField(text: string, at: number): Field | undefined {
  for (const { level, marker, value } of FIELDS) {
    const head = matchAt(marker, text, at);
    if (head === undefined) continue;
    const raw = matchAt(value, text, at + head.length);
    if (raw === undefined) return undefined;
    const normalised = level === "list" ? normaliseFolios(raw) : normaliseValue(raw);
    return { level, value: normalised, end: at + head.length + raw.length };
  }
  return undefined;
}

export interface Chain {
  fields: FieldValues;
  first: FieldLevel;
  count: number;
  end: number;
  /** The chain went on past `closer` (see readChain). */
  bridged: boolean;
}

/** Separators between fields: spaces and . , : (never ";", which ends a citation). */
function skipSeparator(text: string, at: number, closer: string | undefined): { to: number; closed: boolean } {
  let to = at;
  let closed = false;
  while (to < text.length && to - at < 6) {
    const c = text[to];
    if (c === " " || c === "\t" || c === "\u00a0" || c === "." || c === "," || c === ":") to++;
    else if (c === closer && !closed) {
      closed = true;
      to++;
    } else break;
  }
  return { to, closed };
}

/**
 * Reads fields from `at` (separators first). `closer` lets the chain run once past a
 * closing bracket, for "[TsA FSB. F. 3., Op. 5, D. 953]. L.262" where the folio is
 * written after the bracket that holds the file.
 */
export function readChain(text: string, at: number, closer?: string): Chain | undefined {
  const fields: FieldValues = {};
  let first: FieldLevel | undefined;
  let last = -1;
  let count = 0;
  let end = at;
  let bridged = false;
  for (;;) {
    const gap = skipSeparator(text, end, bridged || count === 0 ? undefined : closer);
    const field = readField(text, gap.to);
    if (field === undefined || levelIndex(field.level) <= last) break;
    fields[field.level] = field.value;
    first ??= field.level;
    last = levelIndex(field.level);
    count++;
    end = field.end;
    bridged ||= gap.closed;
  }
  return first === undefined ? undefined : { fields, first, count, end, bridged };
}
