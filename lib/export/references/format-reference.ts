// The sources of an export in the reference managers' formats (Zotero imports all
// three), formatted by citation-js from the same CSL item the citations are made of.
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { type CslItem, plainCslItem } from "../citation/csl-item";
import type { ExportSource } from "../row";

export type ReferenceFormat = "csl-json" | "bibtex" | "ris";

type ReferenceItem = Omit<CslItem, "URL"> & { URL: string; accessed?: { "date-parts": number[][] }; genre?: string; note?: string };

/** Keyed by slug (a readable BibTeX key), with the reader's address when the source has no URL of its own. */
export function referenceItem(source: ExportSource, accessed: Date): ReferenceItem {
  const item: ReferenceItem = { ...plainCslItem(source), id: source.slug, URL: source.url ?? source.readerUrl };
  item.accessed = { "date-parts": [[accessed.getUTCFullYear(), accessed.getUTCMonth() + 1, accessed.getUTCDate()]] };
  if (source.kind !== null) item.genre = source.kind;
  if (source.url !== null) item.note = `Read and annotated in Palimpsest: ${source.readerUrl}`;
  return item;
}

/** One item; CSL-JSON items are joined into an array by the caller. */
export function formatReference(item: ReferenceItem, format: ReferenceFormat): string {
  if (format === "csl-json") return JSON.stringify(item, null, 2);
  // citation-js writes RIS's access date as VL (volume): leave it out there.
  const { accessed: _accessed, ...rest } = item;
  return `${new Cite([format === "ris" ? rest : item]).format(format).trim()}\n\n`;
}
