// Matching ignores differences that re-wrapping, re-importing or a "smart
// quotes" editor introduce without changing what the passage says: runs of
// whitespace count as one space, and curly quote marks count as straight ones.
// Every normalised character remembers where it came from, so a match found in
// the normalised text maps back to offsets in the real text.

export interface NormalizedText {
  text: string;
  /** toRaw[i]: raw offset of normalised character i; toRaw[text.length] = raw length. */
  toRaw: Int32Array;
  /** fromRaw[j]: normalised offset of raw character j; a whitespace run maps to its one space. */
  fromRaw: Int32Array;
}

const SPACE = 0x20;
const APOSTROPHE = 0x27;
const DOUBLE_QUOTE = 0x22;

function foldQuoteMark(code: number): number {
  switch (code) {
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201a: // ‚
    case 0x201b: // ‛
    case 0x02bc: // ʼ modifier letter apostrophe
      return APOSTROPHE;
    case 0x201c: // “
    case 0x201d: // ”
    case 0x201e: // „
    case 0x201f: // ‟
      return DOUBLE_QUOTE;
    default:
      return code;
  }
}

function isWhitespace(code: number): boolean {
  return (
    code === SPACE ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export function normalizeWithMap(raw: string): NormalizedText {
  const codes = new Uint16Array(raw.length);
  const toRaw = new Int32Array(raw.length + 1);
  const fromRaw = new Int32Array(raw.length + 1);
  let n = 0;
  let inSpace = false;
  for (let j = 0; j < raw.length; j++) {
    const code = raw.charCodeAt(j);
    if (isWhitespace(code)) {
      if (inSpace) {
        fromRaw[j] = n - 1;
        continue;
      }
      inSpace = true;
      codes[n] = SPACE;
    } else {
      inSpace = false;
      codes[n] = foldQuoteMark(code);
    }
    toRaw[n] = j;
    fromRaw[j] = n;
    n++;
  }
  toRaw[n] = raw.length;
  fromRaw[raw.length] = n;
  return { text: decode(codes, n), toRaw: toRaw.subarray(0, n + 1), fromRaw };
}

/** The normalised form of a short string (a stored quote, prefix or suffix). */
export function normalizeForMatching(raw: string): string {
  return normalizeWithMap(raw).text;
}

/** Raw [start, end) for the normalised [start, end). */
export function rawRange(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  // The end maps through the last matched character so that a match ending
  // before a collapsed whitespace run does not swallow the run.
  const rawEnd = end > start ? (norm.toRaw[end - 1] ?? 0) + 1 : (norm.toRaw[start] ?? 0);
  return { start: norm.toRaw[start] ?? 0, end: rawEnd };
}

function decode(codes: Uint16Array, length: number): string {
  // fromCharCode with a spread overflows the call stack on large texts.
  const CHUNK = 8192;
  let out = "";
  for (let i = 0; i < length; i += CHUNK) {
    out += String.fromCharCode(...codes.subarray(i, Math.min(length, i + CHUNK)));
  }
  return out;
}
