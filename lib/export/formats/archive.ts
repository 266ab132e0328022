// A group's (or any scope's) archive: one zip holding the W3C JSON-LD, the CSV, the
// sources as CSL-JSON and BibTeX, and each annotated text. The rows pass once: each
// batch goes to the four writers together (lockstep.ts), each writing its own zip
// entry. The JSON-LD streams out as it is made; the other entries' compressed bytes
// wait in the zip writer until it is done (the CSV compresses to about a quarter,
// the references to almost nothing), so nothing is read twice or spooled to disk.
import { ZipStream, type ZipEntryWriter } from "@/lib/interchange/archive/zip-stream";
import { FORMAT_LABELS } from "../format-ids";
import { lane } from "../lockstep";
import type { ExportFormat } from "../registry";
import type { ExportRow } from "../row";
import { csvFormat } from "./csv";
import { jsonldFormat } from "./jsonld";
import { bibtexFormat, cslJsonFormat } from "./references";

const PARTS = [
  { name: "annotations.jsonld", format: jsonldFormat },
  { name: "annotations.csv", format: csvFormat },
  { name: "sources.json", format: cslJsonFormat },
  { name: "sources.bib", format: bibtexFormat },
];

async function pump(chunks: AsyncIterable<Uint8Array | string>, entry: ZipEntryWriter): Promise<void> {
  for await (const chunk of chunks) await entry.push(chunk);
}

export const archiveFormat: ExportFormat = {
  id: "archive",
  label: FORMAT_LABELS.archive,
  contentType: "application/zip",
  extension: "zip",
  async *write(batches, context) {
    const texts = new Map<string, string>();
    const names = new Set<string>();
    const zip = new ZipStream();
    const lanes = PARTS.map(() => lane<ExportRow[]>());
    const entries = PARTS.map((part) => zip.open(part.name));
    let failure: unknown = null;
    const pumps = PARTS.map((part, i) =>
      pump(part.format.write(lanes[i]!.iterable, context), entries[i]!)
        .catch((error: unknown) => {
          failure ??= error;
        })
        .finally(() => lanes[i]!.close()),
    );
    const check = () => {
      if (failure !== null) throw failure;
    };
    for await (const batch of batches) {
      for (const row of batch) {
        if (texts.has(row.versionId)) continue;
        // Two versions of one source (an annotation left on an older text) get two files.
        const plain = `sources/${row.source.slug}.txt`;
        const name = names.has(plain) ? `sources/${row.source.slug}-${row.versionId}.txt` : plain;
        names.add(name);
        texts.set(row.versionId, name);
      }
      await Promise.all(lanes.map((l) => l.put({ done: false, value: batch })));
      check();
      yield* zip.take();
    }
    await Promise.all(lanes.map((l) => l.put({ done: true, value: undefined })));
    await Promise.all(pumps);
    check();
    for (const entry of entries) {
      await entry.finish();
      yield* zip.take();
    }
    for (const [versionId, name] of texts) {
      yield* zip.entry(name, (async function* () { yield await context.versionText(versionId); })());
    }
    yield* zip.end();
  },
};
