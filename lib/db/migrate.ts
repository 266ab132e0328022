// Applies prisma/migrations the way `prisma migrate deploy` does, without Prisma's
// native schema engine (it cannot be downloaded here; docs/design-notes.md). Applied
// migrations are recorded in Prisma's own `_prisma_migrations` table with the same
// sha256 checksums, so `prisma migrate deploy` elsewhere sees the same history.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { LOCK_KEYS } from "./lock-keys";

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export type MigrateResult =
  | { ok: true; applied: string[]; alreadyApplied: number }
  | { ok: false; error: string };


const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** The migrations' folder names in order; the health check needs no more than these. */
export async function migrationNames(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

export async function readMigrations(dir: string): Promise<MigrationFile[]> {
  const names = await migrationNames(dir);
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export async function migrate(connectionString: string, migrationsDir: string): Promise<MigrateResult> {
  const migrations = await readMigrations(migrationsDir);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEYS.migration]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    const problem = checkHistory(migrations, rows);
    if (problem !== null) return { ok: false, error: problem };

    const done = new Set(rows.filter((r) => r.finished_at !== null && r.rolled_back_at === null).map((r) => r.migration_name));
    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.name)) continue;
      await applyOne(client, migration);
      applied.push(migration.name);
    }
    return { ok: true, applied, alreadyApplied: done.size };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEYS.migration]).catch(() => undefined);
    await client.end();
  }
}

/** Refuses a database whose applied history disagrees with the files. */
export function checkHistory(migrations: MigrationFile[], rows: AppliedRow[]): string | null {
  const byName = new Map(migrations.map((m) => [m.name, m]));
  for (const row of rows) {
    if (row.rolled_back_at !== null) continue;
    const file = byName.get(row.migration_name);
    if (file === undefined) {
      return `Migration ${row.migration_name} is applied to the database but missing from prisma/migrations.`;
    }
    if (row.finished_at === null) {
      return `Migration ${row.migration_name} started but did not finish; fix the database, then mark it rolled back.`;
    }
    if (file.checksum !== row.checksum) {
      return `Migration ${row.migration_name} was changed after it was applied (checksum differs). Add a new migration instead of editing an applied one.`;
    }
  }
  return null;
}

async function applyOne(client: pg.Client, migration: MigrationFile): Promise<void> {
  const id = randomUUID();
  // Postgres runs DDL transactionally: a failing migration leaves nothing half-done.
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 0)`,
      [id, migration.checksum, migration.name],
    );
    await client.query(migration.sql);
    await client.query(
      `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${migration.name} failed: ${message}`);
  }
}
