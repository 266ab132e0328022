// What the annotation form fills in when the selection holds a citation of the text, or
// ends right beside one: the citation's fields in the form's archival-citation shape,
// for the user to check before saving.
import type { ReaderCitation } from "@/lib/sources/types";

/** The form's archival-citation fields; "" for a field left empty. */
export interface CitationFields {
  archive: string;
  fond: string;
  opis: string;
  delo: string;
  list: string;
  publishedIn: string;
  documentDate: string;
  url: string;
}

export const EMPTY_CITATION_FIELDS: CitationFields = { archive: "", fond: "", opis: "", delo: "", list: "", publishedIn: "", documentDate: "", url: "" };

/** Characters between a selection and a citation that still count as "beside it": ' [', '. ('. */
const ADJOINING = 3;

/** The citation inside or overlapping [start, end), else the nearest one within ADJOINING characters. */
export function citationNear(citations: readonly ReaderCitation[], start: number, end: number): ReaderCitation | undefined {
  const overlapping = citations.find((c) => c.start < end && c.end > start);
  if (overlapping !== undefined) return overlapping;
  let best: { c: ReaderCitation; gap: number } | undefined;
  for (const c of citations) {
    const gap = c.start >= end ? c.start - end : start - c.end;
    if (gap >= 0 && gap <= ADJOINING && (best === undefined || gap < best.gap)) best = { c, gap };
  }
  return best?.c;
}

const joined = (parts: Array<string | null | false>) => parts.filter((p): p is string => typeof p === "string" && p !== "").join(", ");

export function citationFieldsOf(c: ReaderCitation): CitationFields {
  switch (c.kind) {
    case "archival":
      return {
        ...EMPTY_CITATION_FIELDS,
        archive: c.archive ?? "",
        fond: c.fond ?? "",
        opis: c.opis ?? "",
        delo: joined([c.delo, c.volume !== null && `vol. ${c.volume}`]),
        list: c.list ?? "",
      };
    case "case":
      return { ...EMPTY_CITATION_FIELDS, delo: c.delo === null ? "" : `case No. ${c.delo}`, list: joined([c.volume !== null && `vol. ${c.volume}`, c.list !== null && `p. ${c.list}`]) };
    case "published":
      return { ...EMPTY_CITATION_FIELDS, publishedIn: joined([c.title, c.volume !== null && `vol. ${c.volume}`, c.year]), list: c.pages ?? "" };
  }
}

/** A saved note's citation in the form's fields, to edit it. */
export function savedCitationFields(saved: Partial<Record<keyof CitationFields, string | null>> | null): CitationFields {
  if (saved === null) return EMPTY_CITATION_FIELDS;
  const fields = { ...EMPTY_CITATION_FIELDS };
  for (const key of Object.keys(fields) as (keyof CitationFields)[]) fields[key] = saved[key] ?? "";
  return fields;
}

/** The API's citation input: null when every field is empty (the server then stores none). */
export function citationInputOf(fields: CitationFields): Record<keyof CitationFields, string | null> | null {
  const entries = Object.entries(fields).map(([k, v]) => [k, v.trim() === "" ? null : v.trim()] as const);
  return entries.every(([, v]) => v === null) ? null : (Object.fromEntries(entries) as Record<keyof CitationFields, string | null>);
}
