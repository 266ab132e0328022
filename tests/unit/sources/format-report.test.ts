import { describe, expect, it } from "vitest";
import type { ImportReport } from "@/lib/corpus/types";
import { formatImportReport, summarizeReport } from "@/lib/sources/format-report";

const report: ImportReport = {
  blocksByKind: { heading: 2, paragraph: 5, quote: 0, "list-item": 1, footnote: 0, preformatted: 0, comment: 0 },
  charactersIn: 2000,
  charactersKept: 1500,
  removed: [
    { fromLine: 3, toLine: 3, reason: "navigation", excerpt: "Home | About" },
    { fromLine: 40, toLine: 44, reason: "share buttons", excerpt: "x".repeat(100) },
  ],
  sections: 0,
};

describe("the import report", () => {
  it("summarizes once for the web page", () => {
    const summary = summarizeReport(report);
    expect(summary.blocks).toEqual([
      { kind: "heading", count: 2 },
      { kind: "paragraph", count: 5 },
      { kind: "list-item", count: 1 },
    ]);
    expect(summary.keptPercent).toBe("75.0%");
    expect(summary.removed[0]).toEqual({ where: "line 3", reason: "navigation", excerpt: "Home | About" });
    expect(summary.removed[1]?.where).toBe("lines 40-44");
    expect(summary.removed[1]?.excerpt).toHaveLength(70);
  });

  it("prints the same facts for the CLI", () => {
    const text = formatImportReport("a.html", "a", "new-version", 2, report);
    expect(text.split("\n")).toEqual([
      "a.html -> a v2: new version",
      "  blocks: heading 2, paragraph 5, list-item 1",
      "  characters: 1,500 kept of 2,000 (75.0%)",
      "  removed: 2 spans",
      '    line 3: navigation: "Home | About"',
      `    lines 40-44: share buttons: "${"x".repeat(69)}…"`,
    ]);
  });
});
