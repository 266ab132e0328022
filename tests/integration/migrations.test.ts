import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { expectedShape } from "@/lib/db/expected-shape";
import { introspectShape } from "@/lib/db/introspect";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { compareShapes } from "@/lib/db/schema-shape";
import { emptyDatabase, MIGRATIONS_DIR, sql, testDatabaseUrl } from "./support/database";

describe("migrations", () => {
  beforeEach(emptyDatabase);

  it("migrates an empty database and records every migration as Prisma does", async () => {
    const files = await readMigrations(MIGRATIONS_DIR);
    const result = await migrate(testDatabaseUrl(), MIGRATIONS_DIR);
    expect(result).toEqual({ ok: true, applied: files.map((f) => f.name), alreadyApplied: 0 });

    const { rows } = await sql(
      `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows).toEqual(files.map((f) => ({ migration_name: f.name, checksum: f.checksum, finished: true, applied_steps_count: 1 })));
  });

  it("applies nothing the second time", async () => {
    await migrate(testDatabaseUrl(), MIGRATIONS_DIR);
    const again = await migrate(testDatabaseUrl(), MIGRATIONS_DIR);
    expect(again).toMatchObject({ ok: true, applied: [] });
  });

  it("refuses a migration that was changed after it was applied", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    await migrate(testDatabaseUrl(), dir);
    const [first] = await readMigrations(dir);
    if (first === undefined) throw new Error("no migrations");
    const file = path.join(dir, first.name, "migration.sql");
    await writeFile(file, `${await readFile(file, "utf8")}\n-- edited\n`);

    const result = await migrate(testDatabaseUrl(), dir);
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.error).toContain(`${first.name} was changed after it was applied`);
  });

  it("rolls back a failing migration completely", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    const broken = path.join(dir, "99990101000000_broken");
    await cp(path.join(dir, (await readMigrations(dir))[0]?.name ?? ""), broken, { recursive: true });
    await writeFile(path.join(broken, "migration.sql"), `CREATE TABLE "Half" (id TEXT);\nSELECT no_such_function();`);

    await expect(migrate(testDatabaseUrl(), dir)).rejects.toThrow(/99990101000000_broken failed/);
    const { rows } = await sql(`SELECT to_regclass('public."Half"') AS half, count(*)::int AS n FROM "_prisma_migrations"`);
    // The good migrations stay applied; the broken one left neither its table nor a record.
    expect(rows[0]).toEqual({ half: null, n: (await readMigrations(MIGRATIONS_DIR)).length });
  });
});

describe("schema drift", () => {
  beforeEach(emptyDatabase);

  it("finds schema.prisma and the migrated database in agreement", async () => {
    await migrate(testDatabaseUrl(), MIGRATIONS_DIR);
    const expected = expectedShape(await readFile("prisma/schema.prisma", "utf8"));
    expect(Object.keys(expected.tables).length).toBeGreaterThan(10);
    expect(compareShapes(expected, await introspectShape(testDatabaseUrl()))).toEqual([]);
  });

  it("reports a column, a nullability, an index and a foreign key that disagree", async () => {
    await migrate(testDatabaseUrl(), MIGRATIONS_DIR);
    await sql(`ALTER TABLE "Source" DROP COLUMN "perspective";
      ALTER TABLE "Source" ALTER COLUMN "author" SET NOT NULL;
      DROP INDEX "Annotation_authorId_idx";
      ALTER TABLE "Reply" DROP CONSTRAINT "Reply_authorId_fkey";`);
    const problems = compareShapes(expectedShape(await readFile("prisma/schema.prisma", "utf8")), await introspectShape(testDatabaseUrl()));
    expect(problems).toEqual(
      expect.arrayContaining([
        "Source.perspective is missing",
        "Source.author is NOT NULL but the schema says nullable",
        "Annotation index index (authorId) is missing",
        "Reply foreign key (authorId) -> User(id) on delete cascade is missing",
      ]),
    );
  });
});
