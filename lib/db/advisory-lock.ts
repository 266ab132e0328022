// A session-level Postgres advisory lock held on a connection of its own while
// `body` runs: several instances starting at once take turns. The embedded
// database serves one process only, and extra connections there can disturb the
// others (docs/design-notes.md, "The embedded database"), so there `body` simply runs.
import pg from "pg";
import { isEmbeddedDatabase } from "./client";

export { LOCK_KEYS } from "./lock-keys";

export async function withAdvisoryLock<T>(connectionString: string, key: number, body: () => Promise<T>): Promise<T> {
  if (isEmbeddedDatabase()) return body();
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [key]);
    return await body();
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [key]).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}
