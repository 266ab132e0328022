import type { ImportReport } from "@/lib/corpus/types";
import type { StoreOutcome } from "./import-source";

const OUTCOME: Record<StoreOutcome, string> = {
  created: "new source",
  "new-version": "new version",
  unchanged: "unchanged (same text as the current version)",
};

const EXCERPT = 70;

/** The import report as the CLI prints it. */
export function formatImportReport(
  fileName: string,
  slug: string,
  outcome: StoreOutcome,
  versionNumber: number,
  report: ImportReport,
): string {
  const kinds = Object.entries(report.blocksByKind)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${kind} ${n}`)
    .join(", ");
  const kept = report.charactersIn === 0 ? 0 : (100 * report.charactersKept) / report.charactersIn;
  const lines = [
    `${fileName} -> ${slug} v${versionNumber}: ${OUTCOME[outcome]}`,
    `  blocks: ${kinds === "" ? "none" : kinds}${report.sections > 0 ? `; sections ${report.sections}` : ""}`,
    `  characters: ${report.charactersKept.toLocaleString("en")} kept of ${report.charactersIn.toLocaleString("en")} (${kept.toFixed(1)}%)`,
    `  removed: ${report.removed.length} span${report.removed.length === 1 ? "" : "s"}`,
  ];
  for (const span of report.removed) {
    const where = span.fromLine === span.toLine ? `line ${span.fromLine}` : `lines ${span.fromLine}-${span.toLine}`;
    const excerpt = span.excerpt.length > EXCERPT ? `${span.excerpt.slice(0, EXCERPT - 1)}…` : span.excerpt;
    lines.push(`    ${where}: ${span.reason}: ${JSON.stringify(excerpt)}`);
  }
  return lines.join("\n");
}
