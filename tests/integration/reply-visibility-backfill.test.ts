// The migration that gives replies a visibility backfills existing ones from the
// revision history: the visibility in force when each reply was written.
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { emptyDatabase, MIGRATIONS_DIR, sql, testDatabaseUrl } from "./support/database";

const MIGRATION = "20261202000200_reply_visibility";

async function migrateUpTo(last: string): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
  for (const m of await readMigrations(MIGRATIONS_DIR)) {
    if (m.name < last) await cp(path.join(MIGRATIONS_DIR, m.name), path.join(dir, m.name), { recursive: true });
  }
  const result = await migrate(testDatabaseUrl(), dir);
  await rm(dir, { recursive: true });
  if (!result.ok) throw new Error(result.error);
}

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute)).toISOString();

beforeAll(async () => {
  await emptyDatabase();
  await migrateUpTo(MIGRATION);
  await sql(`INSERT INTO "User" (id, name) VALUES ('u1', 'Author'), ('u2', 'Member')`);
  await sql(`INSERT INTO "Group" (id, name) VALUES ('g1', 'Seminar')`);
  await sql(`INSERT INTO "Source" (id, slug, title, "groupId", "updatedAt") VALUES ('s1', 's1', 'S', 'g1', now())`);
  await sql(`INSERT INTO "SourceVersion" (id, "sourceId", number, text, length, blocks, marks, sections, report, "contentHash")
             VALUES ('v1', 's1', 1, 'text', 4, '[]', '[]', '[]', '{}', 'h')`);
  await sql(`INSERT INTO "Annotation" (id, "sourceId", "versionId", "groupId", "authorId", visibility, layer, start, "end", exact, prefix, suffix, body, "bodyText", "updatedAt")
             VALUES ('a1', 's1', 'v1', 'g1', 'u1', 'public', 'rebuttal', 0, 4, 'text', '', '', '{}', 'note', now())`);
  // Private draft at 12:00, shared with the group at 12:10, made public at 12:30.
  for (const [version, visibility, minute] of [[1, "private", 0], [2, "group", 10], [3, "public", 30]] as const) {
    await sql(`INSERT INTO "AnnotationRevision" (id, "annotationId", version, "editorId", layer, visibility, body, "bodyText", "createdAt")
               VALUES ($1, 'a1', $2, 'u1', 'rebuttal', $3, '{}', 'note', $4)`, [`rev${version}`, version, visibility, at(minute)]);
  }
  const replies: [string, string, number][] = [["before-any", "u1", -5], ["draft-time", "u1", 5], ["group-time", "u2", 20], ["at-widening", "u2", 30], ["public-time", "u2", 40]];
  for (const [id, author, minute] of replies) {
    await sql(`INSERT INTO "Reply" (id, "annotationId", "authorId", body, "bodyText", "createdAt", "updatedAt") VALUES ($1, 'a1', $2, '{}', 'r', $3, $3)`, [id, author, at(minute)]);
  }
  const result = await migrate(testDatabaseUrl(), MIGRATIONS_DIR);
  if (!result.ok) throw new Error(result.error);
});

describe(MIGRATION, () => {
  it("gives each existing reply the visibility in force when it was written: the narrower on a tie, private when unknown", async () => {
    const { rows } = await sql(`SELECT id, visibility::text AS visibility FROM "Reply" ORDER BY "createdAt"`);
    expect(rows).toEqual([
      { id: "before-any", visibility: "private" },
      { id: "draft-time", visibility: "private" },
      { id: "group-time", visibility: "group" },
      { id: "at-widening", visibility: "group" },
      { id: "public-time", visibility: "public" },
    ]);
  });

  it("leaves no reply without a visibility", async () => {
    const { rows } = await sql(`SELECT is_nullable FROM information_schema.columns WHERE table_name = 'Reply' AND column_name = 'visibility'`);
    expect(rows).toEqual([{ is_nullable: "NO" }]);
  });
});
