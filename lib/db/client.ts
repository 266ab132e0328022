import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

export type Db = PrismaClient;

// The embedded Postgres serves every connection from one backend, so a big pool buys
// nothing there; a real server gets a modest pool per app instance.
const POOL_SIZE = 5;

export function createDb(connectionString: string): Db {
  const adapter = new PrismaPg({ connectionString, max: POOL_SIZE });
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
