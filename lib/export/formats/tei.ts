import { TeiWriter } from "@/lib/interchange/tei/tei-writer";
import { FORMAT_LABELS } from "../format-ids";
import { interchangeAnnotationOf, interchangeLinksOf } from "../interchange-row";
import type { ExportFormat } from "../registry";

/** TEI P5 with standoff annotations (lib/interchange/tei): for digital editions. */
export const teiFormat: ExportFormat = {
  id: "tei",
  label: FORMAT_LABELS.tei,
  contentType: "application/tei+xml; charset=utf-8",
  extension: "xml",
  async *write(batches, context) {
    const writer = new TeiWriter({ origin: context.baseUrl });
    yield writer.begin(context.title, context.generatedAt);
    for await (const batch of batches) {
      let chunk = "";
      // Each link is written once, at its "from" end (a TEI pointer goes from there).
      for (const row of batch) chunk += writer.add(interchangeAnnotationOf(row), interchangeLinksOf(row, new Set()).filter((l) => l.from.id === row.id));
      yield chunk;
    }
    yield* writer.end(context.versionText);
  },
};
