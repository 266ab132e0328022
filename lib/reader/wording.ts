// How links and archival citations read for people, in the reader and in exports alike.
import { LINK_DIRECTION_WORDS } from "./annotation-link";
import type { LinkKind } from "@/lib/annotations/dto";

/** "Rebuts" from this end, "Rebutted by" from the other. */
export function linkWords(kind: LinkKind, direction: "from" | "to"): string {
  return LINK_DIRECTION_WORDS[kind][direction === "from" ? 0 : 1];
}

export interface ArchivalFieldsText {
  archive: string | null;
  fond: string | null;
  opis: string | null;
  delo: string | null;
  list: string | null;
  publishedIn: string | null;
  documentDate: string | null;
}

const CITATION_FIELDS: [keyof ArchivalFieldsText, string][] = [
  ["archive", ""],
  ["fond", "f. "],
  ["opis", "op. "],
  ["delo", "d. "],
  ["list", "l. "],
];

/** An archive reference in the corpus's own form: "RGASPI, f. 17, op. 2, d. 3, l. 4 (1937-12-10); published in …". */
export function archivalCitationText(c: ArchivalFieldsText): string {
  const parts = CITATION_FIELDS.flatMap(([k, prefix]) => (c[k] === null ? [] : [`${prefix}${c[k]}`]));
  return `${parts.join(", ")}${c.documentDate === null ? "" : ` (${c.documentDate})`}${c.publishedIn === null ? "" : `${parts.length > 0 ? "; " : ""}published in ${c.publishedIn}`}`;
}
