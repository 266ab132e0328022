import { sql } from "./database";

/**
 * The embedded Postgres (PGlite) serves every connection from one backend and
 * interleaves their protocol messages, so truly concurrent sessions corrupt each
 * other ("portal does not exist"). Tests of concurrent behaviour need a server.
 */
export async function isEmbeddedPostgres(): Promise<boolean> {
  const { rows } = await sql("SELECT version() AS version");
  const version: unknown = rows[0]?.version;
  return typeof version === "string" && version.includes("PGlite");
}
