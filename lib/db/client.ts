import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

export type Db = PrismaClient;

// A real server gets a modest pool per app instance. The embedded Postgres serves
// every socket from ONE backend and interleaves their extended-protocol messages
// ("portal does not exist" under concurrent queries), so there the pool is a single
// connection and queries queue in order. Code inside `$transaction` must therefore
// use its `tx`, never the outer client, or it waits for itself.
const POOL_SIZE = 5;

/** Set by scripts/start.ts and the test harness when they serve the embedded database. */
export const isEmbeddedDatabase = (): boolean => process.env.PALIMPSEST_EMBEDDED_DB === "1";

export function createDb(connectionString: string, poolSize = isEmbeddedDatabase() ? 1 : POOL_SIZE): Db {
  const adapter = new PrismaPg({ connectionString, max: poolSize });
  return new PrismaClient({ adapter });
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
