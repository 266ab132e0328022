// The printed figures: one line per route, then the direct SQL comparison and the
// exactly-once check.
import { errorsOf, percentile, type RouteRecord } from "./recorder";
import type { WriteCheck } from "./verify";

const ms = (v: number) => (Number.isNaN(v) ? "-" : v >= 100 ? v.toFixed(0) : v.toFixed(1));
const pad = (s: string | number, n: number) => String(s).padStart(n);

export function routeTable(records: RouteRecord[], seconds: number): string {
  const head = `${"route".padEnd(56)}${pad("requests", 9)}${pad("rps", 8)}${pad("p50 ms", 8)}${pad("p95 ms", 8)}${pad("p99 ms", 8)}${pad("2xx", 7)}${pad("429", 6)}${pad("with Retry-After", 18)}${pad("errors", 8)}`;
  const lines = records.map((r) => {
    const count = r.times.length;
    let ok = 0;
    for (const [status, n] of r.statuses) if (status >= 200 && status < 300) ok += n;
    return `${r.route.padEnd(56)}${pad(count, 9)}${pad((count / seconds).toFixed(1), 8)}${pad(ms(percentile(r.times, 50)), 8)}${pad(ms(percentile(r.times, 95)), 8)}${pad(ms(percentile(r.times, 99)), 8)}${pad(ok, 7)}${pad(r.limited, 6)}${pad(r.limitedWithRetryAfter, 18)}${pad(errorsOf(r), 8)}`;
  });
  return [head, ...lines].join("\n");
}

export function statusBreakdown(records: RouteRecord[]): string {
  return records
    .map((r) => `${r.route}: ${[...r.statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(", ") || "none"}${r.connectionErrors > 0 ? `, connection errors ×${r.connectionErrors}` : ""}${r.outcomes.size > 0 ? ` (${[...r.outcomes].map(([o, n]) => `${o} ×${n}`).join(", ")})` : ""}`)
    .join("\n");
}

export function writeChecks(checks: WriteCheck[]): string {
  return checks
    .map((c) => {
      const problems = [...c.lost.slice(0, 3).map((m) => `lost ${m}`), ...c.duplicated.slice(0, 3).map((m) => `duplicated ${m}`)];
      return `${c.kind.padEnd(7)} acknowledged ${pad(c.acknowledged, 5)}, lost ${c.lost.length}, duplicated ${c.duplicated.length}, stored but answered after the end ${c.unacknowledged}${problems.length > 0 ? `\n        ${problems.join("\n        ")}` : ""}`;
    })
    .join("\n");
}
