// Display helpers shared by the library and the reader; pure so they render the
// same on the server and in the browser (a locale is fixed to avoid hydration drift).

const numbers = new Intl.NumberFormat("en-US");

/** "280,279 characters", preceded by "46,012 words · " when the word count is known. */
export function formatLength(characters: number, words?: number): string {
  const chars = `${numbers.format(characters)} characters`;
  if (words === undefined) return chars;
  return `${numbers.format(words)} words · ${chars}`;
}

/** Words as a reader counts them: runs of letters or digits. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2019-08-25" -> "25 August 2019", "1997-09" -> "September 1997"; anything else as given. */
export function formatPublished(published: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(published.trim());
  if (m === null) return published;
  const month = m[2] === undefined ? undefined : MONTHS[Number(m[2]) - 1];
  if (month === undefined) return m[1]!;
  return m[3] === undefined ? `${month} ${m[1]}` : `${Number(m[3])} ${month} ${m[1]}`;
}

/** The host of a URL for display, or the URL itself when it does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, "");
  } catch {
    return url;
  }
}

/** Only http(s) links are rendered as links: a stored URL is data, not trusted markup. */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

/** The href of a link the reader may follow (http(s) or mailto), or undefined. */
export const safeHref = (href: string | undefined): string | undefined =>
  href !== undefined && (isWebUrl(href) || href.startsWith("mailto:")) ? href : undefined;

// One way of writing dates everywhere, the way formatPublished writes a source's:
// "8 December 2026", and with the time "8 December 2026, 15:04".
const DAY: Intl.DateTimeFormatOptions = { day: "numeric", month: "long", year: "numeric" };

/** "8 December 2026"; `timeZone` when server and browser must agree (server-rendered dates). */
export function formatDay(date: Date | string, timeZone?: string): string {
  const d = typeof date === "string" ? new Date(date) : date;
  if (Number.isNaN(d.getTime())) return String(date);
  return d.toLocaleDateString("en-GB", { ...DAY, ...(timeZone === undefined ? {} : { timeZone }) });
}

/** "8 December 2026, 15:04" in the reader's time zone. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${formatDay(d)}, ${d.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23" })}`;
}

const VISIBILITY_WORDS = { private: "Private", group: "Group", public: "Public" } as const;

/** "Private", "Group (Seminar)", "Public": a private note names no group, it is its author's alone. */
export function visibilityLabel(visibility: keyof typeof VISIBILITY_WORDS, groupName: string | null): string {
  return visibility === "group" && groupName !== null ? `Group (${groupName})` : VISIBILITY_WORDS[visibility];
}
