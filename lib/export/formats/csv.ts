import { stringify } from "csv-stringify/sync";
import { FORMAT_LABELS } from "../format-ids";
import type { ExportFormat } from "../registry";
import type { ExportRow } from "../row";
import { archivalCitationText } from "@/lib/reader/wording";
import { linkText } from "../text-parts";

export const CSV_COLUMNS = ["Source", "Layer", "Quote", "Note", "Tags", "Author", "Created", "Modified", "Visibility", "Links", "Citations", "Passage URL"] as const;

function cells(row: ExportRow): string[] {
  return [
    row.source.title,
    row.layerLabel,
    row.exact,
    row.bodyText,
    row.tags.join("; "),
    row.author.name,
    row.createdAt,
    row.updatedAt,
    row.visibility,
    row.links.map(linkText).join("\n"),
    row.citations.map(archivalCitationText).join("\n"),
    row.passageUrl,
  ];
}

/**
 * One row per annotation, UTF-8 with a BOM (so Excel reads Cyrillic right), CRLF as
 * RFC 4180 has it. escape_formulas prefixes a quote to any cell starting with =, +,
 * -, @, tab or CR, so a spreadsheet shows a quoted "=HYPERLINK(...)" as text instead
 * of running it (OWASP "CSV injection").
 */
export const csvFormat: ExportFormat = {
  id: "csv",
  label: FORMAT_LABELS.csv,
  contentType: "text/csv; charset=utf-8",
  extension: "csv",
  async *write(batches) {
    // csv-stringify quotes a cell holding the record delimiter, but not one holding a
    // lone CR, which readers take for a line break: quoted_match quotes either.
    const options = { escape_formulas: true, record_delimiter: "windows", quoted_match: /[\r\n]/ } as const;
    yield stringify([[...CSV_COLUMNS]], { ...options, bom: true });
    for await (const batch of batches) yield stringify(batch.map(cells), options);
  },
};
