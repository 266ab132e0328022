import type { ImportReport } from "@/lib/corpus/types";
import type { StoreOutcome } from "./import-source";

export const OUTCOME_LABEL: Record<StoreOutcome, string> = {
  created: "new source",
  "new-version": "new version",
  unchanged: "unchanged (same text as the current version)",
};

const EXCERPT = 70;

export interface RemovedLine {
  where: string;
  reason: string;
  excerpt: string;
}

/** The report's facts, worded once for the CLI and the web page alike. */
export interface ReportSummary {
  blocks: { kind: string; count: number }[];
  sections: number;
  charactersIn: number;
  charactersKept: number;
  keptPercent: string;
  removed: RemovedLine[];
  /** The details the file filled in, e.g. "author “Ivan Herman” (from the byline)". */
  filled: string[];
}

const FIELD_LABEL = { title: "title", author: "author", published: "published date" } as const;

export function summarizeReport(report: ImportReport): ReportSummary {
  const kept = report.charactersIn === 0 ? 0 : (100 * report.charactersKept) / report.charactersIn;
  return {
    blocks: Object.entries(report.blocksByKind)
      .filter(([, n]) => n > 0)
      .map(([kind, count]) => ({ kind, count })),
    sections: report.sections,
    charactersIn: report.charactersIn,
    charactersKept: report.charactersKept,
    keptPercent: `${kept.toFixed(1)}%`,
    filled: (report.filled ?? []).flatMap((field) => {
      const found = report.found?.[field];
      return found === undefined ? [] : [`${FIELD_LABEL[field]} “${found.value}” (from ${found.from})`];
    }),
    removed: report.removed.map((span) => ({
      where: span.fromLine === span.toLine ? `line ${span.fromLine}` : `lines ${span.fromLine}-${span.toLine}`,
      reason: span.reason,
      excerpt: span.excerpt.length > EXCERPT ? `${span.excerpt.slice(0, EXCERPT - 1)}…` : span.excerpt,
    })),
  };
}

/** The import report as the CLI prints it. */
export function formatImportReport(
  fileName: string,
  slug: string,
  outcome: StoreOutcome,
  versionNumber: number,
  report: ImportReport,
): string {
  const summary = summarizeReport(report);
  const kinds = summary.blocks.map(({ kind, count }) => `${kind} ${count}`).join(", ");
  const lines = [
    `${fileName} -> ${slug} v${versionNumber}: ${OUTCOME_LABEL[outcome]}`,
    `  blocks: ${kinds === "" ? "none" : kinds}${summary.sections > 0 ? `; sections ${summary.sections}` : ""}`,
    `  characters: ${summary.charactersKept.toLocaleString("en")} kept of ${summary.charactersIn.toLocaleString("en")} (${summary.keptPercent})`,
    `  removed: ${summary.removed.length} span${summary.removed.length === 1 ? "" : "s"}`,
  ];
  if (summary.filled.length > 0) lines.push(`  details from the file: ${summary.filled.join("; ")}`);
  for (const span of summary.removed) lines.push(`    ${span.where}: ${span.reason}: ${JSON.stringify(span.excerpt)}`);
  return lines.join("\n");
}
