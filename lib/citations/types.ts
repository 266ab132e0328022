// The result of parseArchivalCitations. Plain types (no zod): the parser is pure and
// its output is built here, never read back from outside.

/** The levels of an archival reference, from the widest to the narrowest. */
export const ARCHIVAL_LEVELS = ["archive", "collection", "fond", "opis", "box", "delo", "volume", "list"] as const;
export type ArchivalLevel = (typeof ARCHIVAL_LEVELS)[number];

/**
 * archive: canonical id ("AP RF" for APRF / АП РФ); collection: a named part of it
 * ("Ezhov's archive"); fond, opis (inventory), box (k. / к.), delo (file, or ed. khr.),
 * volume (t. / т.), list (folio: "107", "5-7ob", "11, 12"). Values are normalised
 * (Latin letters, "-" for ranges, "ob" for verso); `raw` keeps the text as written.
 */
export type ArchivalFields = Partial<Record<ArchivalLevel, string>>;

interface CitationBase {
  /** [start, end) in UTF-16 code units of the parsed text: text.slice(start, end) === raw. */
  start: number;
  end: number;
  raw: string;
  /** Set on "Ibid." references: the fields were carried over from the citation before. */
  ibid?: true;
}

export interface ArchivalCitation extends CitationBase, ArchivalFields {
  kind: "archival";
}

export const CASE_TYPES = ["archival case", "supervision proceedings"] as const;
export type CaseType = (typeof CASE_TYPES)[number];

/** "arch. case No. 300956, vol. 9, p. 324": an investigation file cited by its number. */
export interface CaseCitation extends CitationBase {
  kind: "case";
  caseType: CaseType;
  /** The case number. */
  delo: string;
  volume?: string;
  /** The page ("p." / "p.d." / "л." in the case file). */
  list?: string;
}

/** "(in Reabilitatsiya: kak eto bylo, vol. 2, 2003, p. 294)": a work cited by volume and pages. */
export interface PublishedCitation extends CitationBase {
  kind: "published";
  title: string;
  volume?: string;
  year?: string;
  pages?: string;
}

export type Citation = ArchivalCitation | CaseCitation | PublishedCitation;
export type CitationKind = Citation["kind"];
