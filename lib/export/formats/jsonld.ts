import { JsonLdWriter } from "@/lib/interchange/w3c/jsonld-writer";
import { FORMAT_LABELS } from "../format-ids";
import { interchangeAnnotationOf, interchangeLinksOf } from "../interchange-row";
import type { ExportFormat } from "../registry";

/** W3C Web Annotation JSON-LD (lib/interchange/w3c): what other annotation tools and the import read. */
export const jsonldFormat: ExportFormat = {
  id: "jsonld",
  label: FORMAT_LABELS.jsonld,
  contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
  extension: "jsonld",
  async *write(batches, context) {
    const writer = new JsonLdWriter({ origin: context.baseUrl }, context.title);
    const seen = new Set<string>();
    yield writer.begin(context.total, context.generatedAt);
    for await (const batch of batches) {
      let chunk = "";
      for (const row of batch) chunk += writer.add(interchangeAnnotationOf(row), interchangeLinksOf(row, seen));
      if (chunk !== "") yield chunk;
    }
    yield writer.end();
  },
};
