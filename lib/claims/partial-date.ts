// Dates as sources and archival citations give them: a year, a month, a day, in the
// forms the corpus and its readers write ("1937", "1997-09", "2019-08-25",
// "10.12.1937", "11 April 1939", "April 1939"). Pure, for the evidence timeline.

export interface PartialDate {
  year: number;
  /** 1-12, or null when only the year is known. */
  month: number | null;
  day: number | null;
  /** The date as a decimal year at its start (1937.0 for "1937"), to place it on an axis. */
  at: number;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return null;
  const index = MONTHS.findIndex((m) => m.startsWith(w));
  return index < 0 ? null : index + 1;
}

function make(year: number, month: number | null, day: number | null): PartialDate | null {
  if (year < 1 || year > 9999) return null;
  if (month !== null && (month < 1 || month > 12)) return null;
  const days = month === null ? 0 : new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day !== null && (month === null || day < 1 || day > days)) return null;
  const fraction = month === null ? 0 : (month - 1) / 12 + (day === null ? 0 : (day - 1) / (12 * days));
  return { year, month, day, at: year + fraction };
}

/** Reads one date, or null when the text holds none it can be sure of. */
export function parsePartialDate(text: string | null | undefined): PartialDate | null {
  if (text === null || text === undefined) return null;
  const t = text.trim();
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(t);
  if (m !== null) return make(Number(m[1]), m[2] === undefined ? null : Number(m[2]), m[3] === undefined ? null : Number(m[3]));
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(t);
  if (m !== null) return make(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(t);
  if (m !== null) {
    const month = monthOf(m[2]!);
    if (month !== null) return make(Number(m[3]), month, Number(m[1]));
  }
  m = /^([A-Za-z]+\.?)\s+(?:(\d{1,2}),?\s+)?(\d{4})$/.exec(t);
  if (m !== null) {
    const month = monthOf(m[1]!);
    if (month !== null) return make(Number(m[3]), month, m[2] === undefined ? null : Number(m[2]));
  }
  // Anything else with exactly one plausible year in it ("autumn 1937", "c. 1956").
  const years = t.match(/(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)/g);
  return years !== null && years.length === 1 ? make(Number(years[0]), null, null) : null;
}
