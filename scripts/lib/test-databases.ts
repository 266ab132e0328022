// Throwaway databases for the integration and end-to-end suites. With a server URL
// (TEST_DATABASE_URL or DATABASE_URL) each suite gets a fresh database on it, dropped
// afterwards; without one each gets an in-memory embedded Postgres.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { markEmbedded } from "@/lib/db/database-url";
import { startEmbeddedPostgres } from "@/lib/db/embedded";

export interface TestDatabase {
  url: string;
  description: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(purpose: string): Promise<TestDatabase> {
  const server = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (server === undefined || server === "") {
    const embedded = await startEmbeddedPostgres();
    markEmbedded();
    return { url: embedded.url, description: "embedded Postgres (in memory)", drop: () => embedded.stop() };
  }
  const name = `palimpsest_${purpose}_${randomBytes(4).toString("hex")}`;
  await adminQuery(server, `CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    description: `database ${name} on ${url.host}`,
    drop: () => adminQuery(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
