import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { prepareSource, storeSource } from "@/lib/sources/import-source";
import { listSources, getReaderSource } from "@/lib/sources/queries";
import { loadStarterCorpus, readManifest } from "@/lib/sources/starter-corpus";
import { freshDatabase } from "./support/database";

const CORPUS = path.resolve("prisma/corpus");
const FILE = "002_fba6f277ba2da556.txt";

let db: Db;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(async () => {
  await db.$disconnect();
});

async function prepare(bytes: Uint8Array, title = "Moscow Trials: the Stalinist Middle Ages") {
  const result = prepareSource(bytes, FILE, { title, author: "Panagiotis Vogiatzis" });
  if (!result.ok) throw new Error(result.error.message);
  return result.prepared;
}

describe("importing sources into Postgres", () => {
  it("loads the starter corpus into an empty database, and only into an empty one", async () => {
    const first = await loadStarterCorpus(db, CORPUS);
    const manifest = await readManifest(CORPUS);
    expect(first.loaded).toBe(true);
    expect(first.results.map((r) => r.result.ok)).toEqual(manifest.sources.map(() => true));

    const listed = await listSources({ db, actor: null, input: { filter: "" } });
    expect(listed.map((s) => s.title).sort()).toEqual(manifest.sources.map((s) => s.title).sort());
    const trials = listed.find((s) => s.title === "Analyzing the Moscow Trials");
    expect(trials?.length).toBeGreaterThan(250_000);

    const again = await loadStarterCorpus(db, CORPUS);
    expect(again.loaded).toBe(false);
    expect(await db.source.count()).toBe(manifest.sources.length);
  });

  it("filters the library by a phrase in the metadata", async () => {
    const found = await listSources({ db, actor: null, input: { filter: "spartacus" } });
    expect(found.map((s) => s.title)).toEqual(["The Great Purge"]);
    expect(await listSources({ db, actor: null, input: { filter: "no such phrase anywhere" } })).toEqual([]);
  });

  it("changes nothing when the same bytes are imported again", async () => {
    const bytes = await readFile(path.join(CORPUS, FILE));
    const before = await db.sourceVersion.count();
    const stored = await storeSource({ db, prepared: await prepare(bytes), createdById: null, groupId: null });
    expect(stored.outcome).toBe("unchanged");
    expect(stored.versionNumber).toBe(1);
    expect(await db.sourceVersion.count()).toBe(before);
  });

  it("makes a new version for changed text and keeps the old one", async () => {
    const original = await readFile(path.join(CORPUS, FILE), "utf8");
    const edited = original.replace("Moscow", "Moscow (corrected)");
    const stored = await storeSource({ db, prepared: await prepare(new TextEncoder().encode(edited)), createdById: null, groupId: null });
    expect(stored.outcome).toBe("new-version");
    expect(stored.versionNumber).toBe(2);

    const versions = await db.sourceVersion.findMany({ where: { sourceId: stored.sourceId }, orderBy: { number: "asc" } });
    expect(versions.map((v) => v.number)).toEqual([1, 2]);
    expect(versions[0]?.text).not.toContain("Moscow (corrected)");
    expect(versions[1]?.text).toContain("Moscow (corrected)");

    const reader = await getReaderSource({ db, actor: null, input: { idOrSlug: stored.slug } });
    expect(reader?.versionNumber).toBe(2);
    expect(reader?.versionId).toBe(versions[1]?.id);
    const headings = reader?.blocks.filter((b) => b.kind === "heading") ?? [];
    expect(headings.length).toBeGreaterThan(0);
  });

  it("stores two imports of one new slug made at the same moment, one after the other", async () => {
    const text = (n: number) => new TextEncoder().encode(`# Raced notes\n\nDraft number ${n} of the same notes.\n`);
    const prepared = async (n: number) => {
      const result = prepareSource(text(n), "raced.md", { title: "Raced notes", slug: "raced-notes" });
      if (!result.ok) throw new Error(result.error.message);
      return result.prepared;
    };
    const both = await Promise.all([storeSource({ db, prepared: await prepared(1), createdById: null, groupId: null }), storeSource({ db, prepared: await prepared(2), createdById: null, groupId: null })]);
    expect(both.map((r) => r.outcome).sort()).toEqual(["created", "new-version"]);
    expect(new Set(both.map((r) => r.sourceId)).size).toBe(1);
    const versions = await db.sourceVersion.findMany({ where: { sourceId: both[0]!.sourceId }, select: { number: true } });
    expect(versions.map((v) => v.number).sort()).toEqual([1, 2]);
  });

  it("reads a source by id or slug with its blocks, marks and sections", async () => {
    const [row] = await db.source.findMany({ where: { title: "Analyzing the Moscow Trials" } });
    if (row === undefined) throw new Error("starter corpus missing");
    const byId = await getReaderSource({ db, actor: null, input: { idOrSlug: row.id } });
    const bySlug = await getReaderSource({ db, actor: null, input: { idOrSlug: row.slug } });
    expect(byId?.id).toBe(row.id);
    expect(bySlug?.id).toBe(row.id);
    expect(byId?.sections.length).toBeGreaterThanOrEqual(4);
    for (const block of byId?.blocks ?? []) {
      expect(block.start).toBeLessThan(block.end);
      expect(block.end).toBeLessThanOrEqual(byId?.text.length ?? 0);
    }
    expect(await getReaderSource({ db, actor: null, input: { idOrSlug: "no-such-source" } })).toBeNull();
  });
});
