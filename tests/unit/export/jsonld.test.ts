import { describe, expect, it } from "vitest";
import { jsonldFormat } from "@/lib/export/formats/jsonld";
import type { ExportRow } from "@/lib/export";
import { annotationsFromW3c } from "@/lib/interchange/w3c/from-w3c";
import { EXPORT_PAGE_SIZE } from "@/lib/interchange/w3c/jsonld-writer";
import { w3cFailures } from "../support/w3c-schemas";
import { batchesOf, bytesOf, context, ROWS } from "./fixture-rows";

async function exported(rows: ExportRow[], size = 1): Promise<Record<string, unknown>[]> {
  return JSON.parse((await bytesOf(jsonldFormat.write(batchesOf(rows, size), context(rows.length)))).toString("utf8")) as Record<string, unknown>[];
}

describe("the W3C JSON-LD export", () => {
  it("is a collection and its pages, each passing the W3C MUST schemas, whatever the batch size", async () => {
    const [collection, ...pages] = await exported(ROWS);
    expect(w3cFailures("collection", collection)).toEqual([]);
    expect(collection).toMatchObject({ type: "AnnotationCollection", label: "Selected annotations", total: 2 });
    expect(pages).toHaveLength(1);
    expect(w3cFailures("page", pages[0])).toEqual([]);
    const items = pages[0]?.items as Record<string, unknown>[];
    for (const item of items) expect(w3cFailures("annotation", item)).toEqual([]);
    // Two annotations and the link that reaches the first from outside the export.
    expect(items.map((i) => i.motivation)).toEqual(["commenting", "linking", "commenting"]);
    expect(items[1]?.target).toEqual(["https://palimpsest.example/api/w3c/sources/again-about-the-stalinist-deniers/ann-bukharin", "https://palimpsest.example/api/w3c/sources/moscow-trials-the-stalinist-middle-ages/ann-krestinsky"]);
    const batched = await exported(ROWS, 5);
    expect(batched.map((d) => [d.type, (d.items as unknown[] | undefined)?.length])).toEqual([["AnnotationCollection", undefined], ["AnnotationPage", 3]]);
  });

  it("pages large exports, each page naming the next, and the import reads it back whole", async () => {
    const many = Array.from({ length: EXPORT_PAGE_SIZE + 5 }, (_, i) => ({ ...ROWS[0]!, id: `ann-${i}`, links: [] }));
    const [collection, first, second] = await exported(many, 500);
    expect([collection?.first, collection?.last]).toEqual([first?.id, second?.id]);
    expect([first?.next, second?.prev, second?.next, second?.startIndex]).toEqual([second?.id, first?.id, undefined, EXPORT_PAGE_SIZE]);
    const read = annotationsFromW3c(await exported(many, 500));
    if (!read.ok) throw new Error(read.errors.join("; "));
    expect(read.value.annotations).toHaveLength(many.length);
    expect(read.value.annotations[0]).toMatchObject({ layer: "primary_document", tags: ["confessions", "третий процесс"], note: { text: ROWS[0]!.bodyText, doc: ROWS[0]!.body } });
  });
});
