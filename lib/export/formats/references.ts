// The sources of an export for reference managers (Zotero imports all three): each
// source once, when its first annotation passes, formatted by citation-js.
import { formatReference, type ReferenceFormat, referenceItem } from "../references/format-reference";
import { FORMAT_LABELS } from "../format-ids";
import type { ExportFormat } from "../registry";

function referencesFormat(id: ReferenceFormat, contentType: string, extension: string): ExportFormat {
  return {
    id,
    label: FORMAT_LABELS[id],
    contentType,
    extension,
    async *write(batches, context) {
      const seen = new Set<string>();
      const accessed = new Date(context.generatedAt);
      if (id === "csl-json") yield "[";
      for await (const batch of batches) {
        let chunk = "";
        for (const row of batch) {
          if (seen.has(row.source.id)) continue;
          const item = formatReference(referenceItem(row.source, accessed), id);
          chunk += id === "csl-json" ? `${seen.size === 0 ? "\n" : ",\n"}${item}` : item;
          seen.add(row.source.id);
        }
        if (chunk !== "") yield chunk;
      }
      if (id === "csl-json") yield "\n]\n";
    },
  };
}

export const cslJsonFormat = referencesFormat("csl-json", "application/vnd.citationstyles.csl+json; charset=utf-8", "json");
export const bibtexFormat = referencesFormat("bibtex", "application/x-bibtex; charset=utf-8", "bib");
export const risFormat = referencesFormat("ris", "application/x-research-info-systems; charset=utf-8", "ris");
