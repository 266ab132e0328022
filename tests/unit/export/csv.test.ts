import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, csvFormat } from "@/lib/export/formats/csv";
import { batchesOf, bytesOf, context, ROWS } from "./fixture-rows";

const GOLDEN = path.resolve("tests/unit/export/golden/annotations.csv");

describe("CSV export", () => {
  it("matches the golden file, whatever the batch size", async () => {
    const golden = await readFile(GOLDEN);
    expect(await bytesOf(csvFormat.write(batchesOf(ROWS, 1), context()))).toEqual(golden);
    expect(await bytesOf(csvFormat.write(batchesOf(ROWS, 5), context()))).toEqual(golden);
  });

  it("starts with a UTF-8 BOM and keeps Cyrillic as UTF-8", async () => {
    const bytes = await bytesOf(csvFormat.write(batchesOf(ROWS), context()));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("третий процесс");
    expect(bytes.toString("utf8").slice(1).startsWith(CSV_COLUMNS.join(","))).toBe(true);
  });

  it.each([
    ["=HYPERLINK(\"http://evil.example\",\"click\")", `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ["+tag", "'+tag"],
    ["-2+3 is what the cell holds; @SUM(A1) too.", "'-2+3 is what the cell holds; @SUM(A1) too."],
    ["@mallory", "'@mallory"],
  ])("neutralises a cell starting %s", async (raw, cell) => {
    const text = (await bytesOf(csvFormat.write(batchesOf(ROWS), context()))).toString("utf8");
    expect(text).toContain(cell);
    expect(text).not.toMatch(new RegExp(`(^|,)${raw.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "m"));
  });

  it("neutralises a cell that starts with a tab or a carriage return", async () => {
    const row = { ...ROWS[0]!, tags: [], bodyText: "\tcmd", exact: "\r=1+1" };
    const text = (await bytesOf(csvFormat.write(batchesOf([row]), context(1)))).toString("utf8");
    expect(text).toContain(`'\tcmd`);
    expect(text).toContain(`"'\r=1+1"`);
  });
});
