// What the load run saw per route: response times, status codes, 429s and whether
// they said when to come back, and connection errors.

export interface RouteRecord {
  route: string;
  times: number[];
  statuses: Map<number, number>;
  limited: number;
  limitedWithRetryAfter: number;
  connectionErrors: number;
  /** Statuses that are the point of the route, not failures (a wrong password's 401). */
  expected: Set<number>;
  /** Outcomes a status alone does not tell, e.g. next-auth's error code in a 401. */
  outcomes: Map<string, number>;
}

export function newRecord(route: string, expected: number[] = []): RouteRecord {
  return { route, times: [], statuses: new Map(), limited: 0, limitedWithRetryAfter: 0, connectionErrors: 0, expected: new Set(expected), outcomes: new Map() };
}

export function recordStatus(record: RouteRecord, status: number, retryAfter: string | undefined): void {
  record.statuses.set(status, (record.statuses.get(status) ?? 0) + 1);
  if (status === 429) {
    record.limited += 1;
    if (retryAfter !== undefined && retryAfter !== "") record.limitedWithRetryAfter += 1;
  }
}

export function errorsOf(record: RouteRecord): number {
  let errors = record.connectionErrors;
  for (const [status, count] of record.statuses) {
    if ((status < 200 || status >= 300) && status !== 429 && !record.expected.has(status)) errors += count;
  }
  return errors;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

export const retryAfterOf = (headers: Record<string, string | string[] | undefined> | undefined): string | undefined => {
  const value = headers?.["retry-after"] ?? headers?.["Retry-After"];
  return Array.isArray(value) ? value[0] : value;
};

export function recordOutcome(record: RouteRecord, outcome: string): void {
  record.outcomes.set(outcome, (record.outcomes.get(outcome) ?? 0) + 1);
}

/** next-auth answers a credentials sign-in with JSON `{ url }`; a refusal names its reason in `error`. */
export function signInOutcome(status: number, body: string): string {
  try {
    const { url } = JSON.parse(body) as { url?: string };
    const error = url === undefined ? null : new URL(url).searchParams.get("error");
    return `${status} ${error ?? "no error code"}`;
  } catch {
    return `${status} (no JSON)`;
  }
}
