// A group's (or any scope's) archive: one zip holding the W3C JSON-LD, the CSV, the
// sources as CSL-JSON and BibTeX, and each annotated text. The rows pass once: the
// JSON-LD is zipped as they come, and each batch is spooled to a temporary file from
// which the CSV and the references are written after, so memory holds one batch.
import { createReadStream } from "node:fs";
import { appendFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { ZipStream } from "@/lib/interchange/archive/zip-stream";
import { FORMAT_LABELS } from "../format-ids";
import type { ExportFormat } from "../registry";
import type { ExportRow } from "../row";
import { csvFormat } from "./csv";
import { jsonldFormat } from "./jsonld";
import { bibtexFormat, cslJsonFormat } from "./references";

async function* spooled(file: string): AsyncGenerator<ExportRow[]> {
  const lines = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
  for await (const line of lines) if (line !== "") yield JSON.parse(line) as ExportRow[];
}

export const archiveFormat: ExportFormat = {
  id: "archive",
  label: FORMAT_LABELS.archive,
  contentType: "application/zip",
  extension: "zip",
  async *write(batches, context) {
    const dir = await mkdtemp(path.join(tmpdir(), "palimpsest-archive-"));
    const spool = path.join(dir, "rows.ndjson");
    const texts = new Map<string, string>();
    const zip = new ZipStream();
    try {
      await appendFile(spool, "");
      async function* teed(): AsyncGenerator<ExportRow[]> {
        for await (const batch of batches) {
          await appendFile(spool, `${JSON.stringify(batch)}\n`);
          for (const row of batch) {
            if (texts.has(row.versionId)) continue;
            // Two versions of one source (an annotation left on an older text) get two files.
            const plain = `sources/${row.source.slug}.txt`;
            texts.set(row.versionId, [...texts.values()].includes(plain) ? `sources/${row.source.slug}-${row.versionId}.txt` : plain);
          }
          yield batch;
        }
      }
      yield* zip.entry("annotations.jsonld", jsonldFormat.write(teed(), context));
      yield* zip.entry("annotations.csv", csvFormat.write(spooled(spool), context));
      yield* zip.entry("sources.json", cslJsonFormat.write(spooled(spool), context));
      yield* zip.entry("sources.bib", bibtexFormat.write(spooled(spool), context));
      for (const [versionId, name] of texts) {
        yield* zip.entry(name, (async function* () { yield await context.versionText(versionId); })());
      }
      yield* zip.end();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
