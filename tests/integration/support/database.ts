import path from "node:path";
import pg from "pg";
import { createDb, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";

export const MIGRATIONS_DIR = path.resolve("prisma/migrations");

/** The suite's throwaway database, made by scripts/test.ts. */
export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (url === undefined || url === "") {
    throw new Error("TEST_DATABASE_URL is not set: run the integration suite with `npm test -- integration`.");
  }
  return url;
}

export async function sql(query: string, params: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    return await client.query(query, params);
  } finally {
    await client.end();
  }
}

/** Drops everything, so each test file starts from an empty database. */
export async function emptyDatabase(): Promise<void> {
  await sql("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
}

/** An empty, fully migrated database and a Prisma client on it. */
export async function freshDatabase(): Promise<Db> {
  await emptyDatabase();
  const result = await migrate(testDatabaseUrl(), MIGRATIONS_DIR);
  if (!result.ok) throw new Error(result.error);
  return createDb(testDatabaseUrl());
}
