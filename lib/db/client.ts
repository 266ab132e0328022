import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/client";
import { reportReachable } from "./outage";

export type Db = PrismaClient;

// A real server gets a modest pool per app instance. The embedded Postgres serves
// every socket from ONE backend and interleaves their extended-protocol messages
// ("portal does not exist" under concurrent queries), so there the pool is a single
// connection and queries queue in order. Code inside `$transaction` must therefore
// use its `tx`, never the outer client, or it waits for itself.
const POOL_SIZE = 5;
// A request waits at most this long for a connection when the server is away,
// then answers 503 (lib/db/connection-error.ts) instead of hanging.
const CONNECT_TIMEOUT_MS = 5_000;
// How long an interactive transaction may queue for a pooled connection. Prisma's
// default of 2 s turned busy moments of the load run (npm run load) into 500s
// (P2028); an outage still ends the wait after CONNECT_TIMEOUT_MS with a 503.
const TRANSACTION_MAX_WAIT_MS = 10_000;

/** Set by scripts/start.ts and the test harness when they serve the embedded database. */
export const isEmbeddedDatabase = (): boolean => process.env.PALIMPSEST_EMBEDDED_DB === "1";

export function createDb(connectionString: string, poolSize = isEmbeddedDatabase() ? 1 : POOL_SIZE): Db {
  const pool = new pg.Pool({ connectionString, max: poolSize, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // A new connection after an outage means the database is back: say so once.
  pool.on("connect", () => reportReachable());
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  return new PrismaClient({ adapter, transactionOptions: { maxWait: TRANSACTION_MAX_WAIT_MS } });
}

const globalForDb: typeof globalThis & { palimpsestDb?: Db } = globalThis;

/** The app's shared client; DATABASE_URL is set by scripts/start.ts. */
export function db(): Db {
  if (globalForDb.palimpsestDb === undefined) {
    const url = process.env.DATABASE_URL;
    if (url === undefined || url === "") {
      throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides one.");
    }
    globalForDb.palimpsestDb = createDb(url);
  }
  return globalForDb.palimpsestDb;
}
