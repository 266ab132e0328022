// One closing line for the whole `npm test`, "N passed, N failed", from the JSON
// reports vitest and Playwright write beside their usual output.
import { existsSync, readFileSync } from "node:fs";

export interface Counts {
  passed: number;
  failed: number;
}

/** Vitest's JSON report (jest-compatible): numPassedTests / numFailedTests. */
export function vitestCounts(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const report = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests?: number; numFailedTests?: number };
  return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 };
}

/** Playwright's JSON report: stats.expected (passed) and stats.unexpected (failed). */
export function playwrightCounts(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const report = JSON.parse(readFileSync(file, "utf8")) as { stats?: { expected?: number; unexpected?: number; flaky?: number } };
  return { passed: report.stats?.expected ?? 0, failed: (report.stats?.unexpected ?? 0) + (report.stats?.flaky ?? 0) };
}

export function summaryLine(counts: Counts[]): string {
  const total = counts.reduce((a, c) => ({ passed: a.passed + c.passed, failed: a.failed + c.failed }), { passed: 0, failed: 0 });
  return `${total.passed} passed, ${total.failed} failed`;
}
