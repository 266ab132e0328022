// Value grammars shared by the recognisers: numbers of fonds and files, folio and
// page lists with ranges and versos, and their normalised form.

/** Horizontal space only: a citation never runs across a line break. */
export const SP = "[^\\S\\n]";
const DASH = "[-\u2010-\u2015]";
const VERSO = `(?:${SP}?(?:ob|об)(?![\\p{L}\\p{N}])\\.?)`;
const FOLIO = `\\d+[a-zа-я]?${VERSO}?`;
const FOLIO_ITEM = `${FOLIO}(?:${SP}?${DASH}${SP}?${FOLIO})?`;
const PAGE_ITEM = `\\d+(?:${SP}?${DASH}${SP}?\\d+)?`;

export const VALUE_PATTERNS = {
  /** "3", "558", "R-9401", "Р-9401", "1318s". */
  fond: new RegExp(`(?:[A-ZА-Я]{1,2}${DASH}?)?\\d+[a-zа-я]?(?![\\p{L}\\p{N}])`, "uy"),
  /** "24", "1s", "2/3". */
  number: new RegExp(`\\d+(?:(?:/|${DASH})\\d+)?[a-zа-я]?(?![\\p{L}\\p{N}])`, "uy"),
  /** "9", "II". */
  volume: /(?:\d+|[IVXL]+)(?![\p{L}\p{N}])/uy,
  /** "107", "5-7ob.", "11, 12", "5 об." */
  folios: new RegExp(`${FOLIO_ITEM}(?:,${SP}?${FOLIO_ITEM})*(?![\\p{L}\\p{N}])`, "uy"),
  /** "294", "313-315", "559, 566, 568". */
  pages: new RegExp(`${PAGE_ITEM}(?:,${SP}?${PAGE_ITEM})*(?![\\p{L}\\p{N}])`, "uy"),
};

/** The match of a sticky pattern at `at`, or undefined. */
export function matchAt(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

const CYRILLIC = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ";
const LATIN = ["A", "B", "V", "G", "D", "E", "E", "Zh", "Z", "I", "I", "K", "L", "M", "N", "O", "P", "R", "S", "T", "U", "F", "Kh", "Ts", "Ch", "Sh", "Shch", "", "Y", "", "E", "Yu", "Ya"];

function latinLetter(letter: string): string {
  const upper = CYRILLIC.indexOf(letter.toUpperCase());
  if (upper === -1) return letter;
  const latin = LATIN[upper] ?? letter;
  return letter === letter.toUpperCase() ? latin : latin.toLowerCase();
}

/** Latin letters, "-" for every dash, single spaces: "Р–9401" and "R-9401" index together. */
export function normaliseValue(value: string): string {
  return value
    .replace(/[А-ЯЁа-яё]/g, latinLetter)
    .replace(/\s*[\u2010-\u2015-]\s*/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** Folio lists: "ob" for the verso, attached to its number ("5-7ob", "11, 12"). */
export function normaliseFolios(value: string): string {
  return normaliseValue(value.replace(/\s*(?:ob|об)\.?/g, "ob")).replace(/\s*,\s*/g, ", ");
}
