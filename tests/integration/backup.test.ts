// `npm run backup` / `npm run restore` round trips: a server database through
// pg_dump and pg_restore, the embedded one through PGlite's data folder dump; every
// table's rows must come back as they were.
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupEmbedded, restoreEmbedded } from "@/lib/db/backup-embedded";
import { backupKindOf } from "@/lib/db/backup-kind";
import { backupServer, restoreServer } from "@/lib/db/backup-server";
import { createDb } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { listTables, type RowsQuery } from "@/lib/db/table-rows";
import { fillDatabase } from "./support/backup-data";
import { isEmbeddedPostgres } from "./support/database-kind";
import { freshDatabase, MIGRATIONS_DIR, testDatabaseUrl } from "./support/database";

type Snapshot = Record<string, string[]>;

/** Every table's rows as JSON text, sorted, so two databases compare with toEqual. */
async function snapshot(query: RowsQuery): Promise<Snapshot> {
  const result: Snapshot = {};
  for (const table of await listTables(query)) {
    const { rows } = await query(`SELECT to_jsonb(t)::text AS row FROM ${table} AS t ORDER BY 1`);
    result[table] = rows.map((r) => String(r.row));
  }
  return result;
}

const withClient = async <T>(url: string, body: (query: RowsQuery) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await body((sql) => client.query(sql));
  } finally {
    await client.end();
  }
};

const lines: string[] = [];
const log = (line: string) => void lines.push(line);
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "palimpsest-backup-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("backup of a server database", () => {
  it("round-trips every table through pg_dump and pg_restore into an empty database", async () => {
    const db = await freshDatabase();
    await fillDatabase(db);
    await db.$disconnect();
    const file = path.join(dir, "server.dump");
    const backup = await backupServer({ url: testDatabaseUrl(), file, log });

    // The embedded suite database is PGlite, which pg_dump cannot read: the refusal says what to do.
    if (await isEmbeddedPostgres()) {
      expect(backup).toEqual({ ok: false, error: expect.stringContaining("the embedded database (PGlite)") });
      return;
    }
    expect(backup).toMatchObject({ ok: true, file });
    expect(backupKindOf(await readFile(file))).toBe("server");
    expect(existsSync(`${file}.partial`)).toBe(false);

    const original = await withClient(testDatabaseUrl(), snapshot);
    expect(original['"Annotation"']).toHaveLength(120);
    const target = await createDatabase();
    try {
      const restored = await restoreServer({ url: target.url, file, log });
      expect(restored).toMatchObject({ ok: true });
      expect(await withClient(target.url, snapshot)).toEqual(original);
      // The restored database takes writes (its sequences and defaults came along).
      const again = createDb(target.url);
      await again.user.create({ data: { email: "after-restore@example.org" } });
      await again.$disconnect();
    } finally {
      await target.drop();
    }
  });

  it("refuses to restore into a database that holds tables, and changes nothing", async () => {
    if (await isEmbeddedPostgres()) {
      const refused = await restoreServer({ url: testDatabaseUrl(), file: path.join(dir, "none.dump"), log });
      expect(refused).toEqual({ ok: false, error: expect.stringContaining("the embedded database (PGlite)") });
      return;
    }
    const db = await freshDatabase();
    await fillDatabase(db);
    await db.$disconnect();
    const file = path.join(dir, "refuse.dump");
    expect(await backupServer({ url: testDatabaseUrl(), file, log })).toMatchObject({ ok: true });
    const before = await withClient(testDatabaseUrl(), snapshot);

    const refused = await restoreServer({ url: testDatabaseUrl(), file, log });
    expect(refused).toEqual({ ok: false, error: expect.stringMatching(/is not empty \(\d+ tables: .*"Annotation".*\); a restore loads into an empty database only/) });
    expect(await withClient(testDatabaseUrl(), snapshot)).toEqual(before);
  });
});

describe("backup of the embedded database", () => {
  it("round-trips every table through PGlite's data folder dump", async () => {
    const source = path.join(dir, "pglite-source");
    const embedded = await startEmbeddedPostgres({ dataDir: source });
    const migrated = await migrate(embedded.url, MIGRATIONS_DIR);
    if (!migrated.ok) throw new Error(migrated.error);
    const db = createDb(embedded.url, 1);
    await fillDatabase(db);
    await db.$disconnect();
    await embedded.stop();

    const file = path.join(dir, "embedded.tar.gz");
    expect(await backupEmbedded({ dataDir: source, file, runningPid: null, log })).toMatchObject({ ok: true, file });
    expect(backupKindOf(await readFile(file))).toBe("embedded");

    const target = path.join(dir, "pglite-target");
    expect(await restoreEmbedded({ dataDir: target, file, runningPid: null, log })).toMatchObject({ ok: true });
    const [original, restored] = [await pgliteSnapshot(source), await pgliteSnapshot(target)];
    expect(original['"Annotation"']).toHaveLength(120);
    expect(restored).toEqual(original);

    // A second restore into the now full folder is refused.
    const refused = await restoreEmbedded({ dataDir: target, file, runningPid: null, log });
    expect(refused).toEqual({ ok: false, error: expect.stringMatching(/pglite-target\/ is not empty .*Move it away/) });
    expect(await pgliteSnapshot(target)).toEqual(original);
  });

  it("refuses both while the app serves the folder", async () => {
    const folder = path.join(dir, "pglite-busy");
    const file = path.join(dir, "busy.tar.gz");
    const backup = await backupEmbedded({ dataDir: folder, file, runningPid: 4242, log });
    expect(backup).toEqual({ ok: false, error: expect.stringContaining("Palimpsest is running on the embedded database (process 4242)") });
    expect(existsSync(file)).toBe(false);
    await writeFile(file, "not used");
    const restore = await restoreEmbedded({ dataDir: folder, file, runningPid: 4242, log });
    expect(restore).toEqual({ ok: false, error: expect.stringContaining("Stop the app") });
    expect(existsSync(folder)).toBe(false);
  });

  it("leaves the folder empty when the file is not a data folder dump", async () => {
    const folder = path.join(dir, "pglite-bad");
    const file = path.join(dir, "bad.tar.gz");
    await writeFile(file, Buffer.from([0x1f, 0x8b, 0, 1, 2, 3]));
    const restore = await restoreEmbedded({ dataDir: folder, file, runningPid: null, log });
    expect(restore).toEqual({ ok: false, error: expect.stringContaining("could not be loaded as a PGlite data folder") });
    expect(existsSync(folder)).toBe(false);
  });
});

async function pgliteSnapshot(dataDir: string): Promise<Snapshot> {
  const db = await PGlite.create({ dataDir });
  try {
    return await snapshot((sql) => db.query(sql));
  } finally {
    await db.close();
  }
}

async function createDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `palimpsest_restore_${Date.now().toString(36)}`;
  await withClient(testDatabaseUrl(), (query) => query(`CREATE DATABASE "${name}"`));
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withClient(testDatabaseUrl(), (query) => query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
