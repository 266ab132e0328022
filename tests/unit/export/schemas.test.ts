import { describe, expect, it } from "vitest";
import { ExportQuery, queryRecord } from "@/lib/export";
import { downloadName, exportUrl, filtersScope } from "@/lib/export/export-url";
import { exportFileName } from "@/lib/export/file-name";

const parse = (query: string) => ExportQuery.safeParse(queryRecord(new URLSearchParams(query)));

describe("the export query", () => {
  it("reads lists written either way, and what the dialog sends", () => {
    const url = exportUrl("csv", { source: "s", ...filtersScope({ layers: new Set(["rebuttal", "apologist_claim"]), author: "", tag: "trial", visibility: "" }) });
    const parsed = parse(url.split("?")[1]!);
    expect(parsed.success && parsed.data).toEqual({ format: "csv", source: "s", layer: ["apologist_claim", "rebuttal"], tag: ["trial"] });
    const repeated = parse("format=markdown&ids=a&ids=b,c");
    expect(repeated.success && repeated.data.ids).toEqual(["a", "b", "c"]);
  });

  it.each([
    ["format=markdown", "say what to export"],
    ["format=exe&source=s", "format: one of"],
    ["format=csv&source=s&layer=gossip", "layer"],
    ["format=csv&source=s&from=2026-12-01&to=2026-01-01", "from is after to"],
    ["format=csv&source=s&from=yesterday", "YYYY-MM-DD"],
    ["format=csv&source=s&unknown=1", "unknown"],
  ])("refuses %s", (query, message) => {
    const parsed = parse(query);
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain(message);
  });

  it("refuses more picked ids than an export takes", () => {
    expect(parse(`format=csv&ids=${Array.from({ length: 1001 }, (_, i) => `a${i}`).join(",")}`).success).toBe(false);
  });

  it("leaves out the layer filter when every layer is shown", () => {
    expect(filtersScope({ layers: new Set(["primary_document", "apologist_claim", "rebuttal", "archival_finding"]), author: "", tag: "", visibility: "" })).toEqual({});
  });
});

describe("file names", () => {
  it("are ASCII slugs of the title with the day and extension", () => {
    expect(exportFileName("Again about the Stalinist deniers: yes, the Moscow trials…", "2026-12-02T01:00:00Z", "md")).toBe("again-about-the-stalinist-deniers-yes-the-moscow-trials-2026-12-02.md");
    expect(exportFileName("Процессы", "2026-12-02T01:00:00Z", "pdf")).toBe("annotations-2026-12-02.pdf");
  });

  it("are read back from Content-Disposition, UTF-8 name first", () => {
    expect(downloadName(`attachment; filename="a_b.md"; filename*=UTF-8''%D0%B0-b.md`, "x")).toBe("а-b.md");
    expect(downloadName(`attachment; filename="a.md"`, "x")).toBe("a.md");
    expect(downloadName(null, "x")).toBe("x");
  });
});
