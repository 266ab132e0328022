// One log line when the database becomes unreachable and one when it is back,
// however many requests fail in between (each would otherwise log a stack).
import { describeConnectionError } from "./connection-error";

/** What a client is told while the database is away (503 with Retry-After). */
export const DATABASE_UNAVAILABLE_MESSAGE = "The database cannot be reached right now. Nothing was changed; try again in a few seconds.";
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

interface OutageState {
  since: number | null;
}

const KEY = Symbol.for("palimpsest.db.outage");
const globalWithState: typeof globalThis & { [KEY]?: OutageState } = globalThis;

function state(): OutageState {
  globalWithState[KEY] ??= { since: null };
  return globalWithState[KEY];
}

/** Called with each connection failure; logs only the first of an outage. */
export function reportOutage(error: unknown, log: (line: string) => void = console.error): void {
  const s = state();
  if (s.since !== null) return;
  s.since = Date.now();
  log(`database: unreachable (${describeConnectionError(error)}); answering 503 until it is back`);
}

/** Called when a connection to the database opens; ends an outage. */
export function reportReachable(log: (line: string) => void = console.log): void {
  const s = state();
  if (s.since === null) return;
  const seconds = ((Date.now() - s.since) / 1000).toFixed(1);
  s.since = null;
  log(`database: reachable again after ${seconds} s`);
}
