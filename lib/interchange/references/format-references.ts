import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import type { CslItem } from "./csl-item";

export type ReferenceFormat = "csl-json" | "bibtex" | "ris";

/** One item in a reference format; CSL-JSON items are joined into an array by the caller. */
export function formatReference(item: CslItem, format: ReferenceFormat): string {
  if (format === "csl-json") return JSON.stringify(item, null, 2);
  // citation-js writes RIS's access date as VL (volume): leave it out there.
  const { accessed: _accessed, ...rest } = item;
  return `${new Cite([format === "ris" ? rest : item]).format(format).trim()}\n\n`;
}
