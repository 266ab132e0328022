// A source as a CSL-JSON item (the Citation Style Language's data model), the form
// reference managers exchange; citation-js turns it into BibTeX and RIS for Zotero.
import { parse as parseName } from "@citation-js/name";

export interface ReferenceSource {
  slug: string;
  title: string;
  author: string | null;
  site: string | null;
  url: string | null;
  /** A partial date: "1937", "1997-09", "2019-08-25". */
  published: string | null;
  language: string | null;
  kind: string | null;
  /** Where it is read in this app. */
  readerUrl: string;
}

export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: { given?: string; family?: string; literal?: string }[];
  "container-title"?: string;
  URL: string;
  issued?: { "date-parts": number[][] };
  accessed?: { "date-parts": number[][] };
  language?: string;
  genre?: string;
  note?: string;
}

/** The CSL type a kind of source reads as; a web page when nothing narrower fits. */
function cslType(kind: string | null): string {
  const k = (kind ?? "").toLowerCase();
  if (k.includes("blog")) return "post-weblog";
  if (k.includes("book")) return "book";
  if (k.includes("forum") || k.includes("comment")) return "post";
  return "webpage";
}

export function cslItemOf(source: ReferenceSource, accessed: Date): CslItem {
  const item: CslItem = { id: source.slug, type: cslType(source.kind), title: source.title, URL: source.url ?? source.readerUrl };
  if (source.author !== null) {
    // A person's name is split so BibTeX writes "Family, Given"; a name it cannot split stays literal.
    const name = parseName(source.author);
    item.author = [name.family === undefined ? { literal: source.author } : { given: name.given, family: name.family }];
  }
  if (source.site !== null) item["container-title"] = source.site;
  const parts = source.published?.split("-").map(Number).filter((n) => Number.isInteger(n) && n > 0);
  if (parts !== undefined && parts.length > 0) item.issued = { "date-parts": [parts] };
  item.accessed = { "date-parts": [[accessed.getUTCFullYear(), accessed.getUTCMonth() + 1, accessed.getUTCDate()]] };
  if (source.language !== null) item.language = source.language;
  if (source.kind !== null) item.genre = source.kind;
  if (source.url !== null) item.note = `Read and annotated in Palimpsest: ${source.readerUrl}`;
  return item;
}
