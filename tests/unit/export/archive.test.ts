import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { archiveFormat } from "@/lib/export/formats/archive";
import { csvFormat } from "@/lib/export/formats/csv";
import { w3cFailures } from "../support/w3c-schemas";
import { batchesOf, bytesOf, context, DENIERS, ROWS, VOGIATZIS } from "./fixture-rows";

describe("the archive", () => {
  it("is one zip with the JSON-LD, the CSV, the sources and each annotated text", async () => {
    const rows = [ROWS[0]!, { ...ROWS[1]!, versionId: "ver-2" }];
    const texts: Record<string, string> = { "ver-1": "Текст первый", "ver-2": "The second text" };
    const ctx = { ...context(rows.length), versionText: async (id: string) => texts[id] ?? "" };
    const zip = await JSZip.loadAsync(await bytesOf(archiveFormat.write(batchesOf(rows, 1), ctx)));
    expect(Object.keys(zip.files).sort()).toEqual(["annotations.csv", "annotations.jsonld", "sources.bib", "sources.json", `sources/${DENIERS.slug}.txt`, `sources/${VOGIATZIS.slug}.txt`]);
    const jsonld = JSON.parse(await zip.file("annotations.jsonld")!.async("string")) as Record<string, unknown>[];
    expect(w3cFailures("collection", jsonld[0])).toEqual([]);
    expect((jsonld[1]?.items as unknown[]).length).toBe(3);
    const csv = await zip.file("annotations.csv")!.async("nodebuffer");
    expect(csv).toEqual(await bytesOf(csvFormat.write(batchesOf(rows), ctx)));
    expect((JSON.parse(await zip.file("sources.json")!.async("string")) as { id: string }[]).map((s) => s.id)).toEqual([VOGIATZIS.slug, DENIERS.slug]);
    expect(await zip.file("sources.bib")!.async("string")).toContain("Vogiatzis, Panagiotis");
    expect(await zip.file(`sources/${VOGIATZIS.slug}.txt`)!.async("string")).toBe("Текст первый");
  });
});
