import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { parseArchivalCitations } from "@/lib/citations";
import { prepareSource, storeSource } from "@/lib/sources/import-source";
import { loadStarterCorpus } from "@/lib/sources/starter-corpus";
import { backfillCitations } from "@/lib/sources/version-citations";
import { freshDatabase } from "./support/database";

const CORPUS = path.resolve("prisma/corpus");
const TRIALS_000 = "000_2c9b017290b247bf.txt";

let db: Db;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(async () => {
  await db.$disconnect();
});

const citationsOf = (versionId: string) =>
  db.sourceCitation.findMany({ where: { versionId }, orderBy: { start: "asc" }, select: { start: true, end: true, kind: true, raw: true, archive: true, fond: true, opis: true, delo: true, list: true, ibid: true } });

describe("citations stored per version", () => {
  it("stores what the parser finds in each starter text when the corpus is loaded", async () => {
    await loadStarterCorpus(db, CORPUS);
    const source = await db.source.findFirstOrThrow({ where: { currentVersion: { fileName: TRIALS_000 } }, select: { currentVersion: { select: { id: true, text: true, citationsParsedAt: true } } } });
    const version = source.currentVersion!;
    expect(version.citationsParsedAt).not.toBeNull();
    const stored = await citationsOf(version.id);
    const parsed = parseArchivalCitations(version.text);
    expect(stored).toHaveLength(36);
    expect(stored.map((c) => c.raw)).toEqual(parsed.map((c) => c.raw));
    expect(stored[1]).toEqual({ start: parsed[1]!.start, end: parsed[1]!.end, kind: "archival", raw: "AP RF. F. 3, Op. 24, D. 456, L. 107", archive: "AP RF", fond: "3", opis: "24", delo: "456", list: "107", ibid: false });
    expect(stored[2]).toMatchObject({ raw: "Ibid.", ibid: true, archive: "AP RF", list: "107" });
    for (const c of stored) expect(version.text.slice(c.start, c.end)).toBe(c.raw);
  });

  it("stores a new version's citations and keeps the old version's", async () => {
    const bytes = await readFile(path.join(CORPUS, TRIALS_000));
    const edited = `${new TextDecoder().decode(bytes)}\n\nA late note [GARF, f. R-9401, op. 2, d. 64, l. 5-7ob.]\n`;
    const prepared = prepareSource(new TextEncoder().encode(edited), TRIALS_000, { title: "Moscow trials: the rebuttal", slug: "citations-edited" });
    if (!prepared.ok) throw new Error(prepared.error.message);
    const first = await storeSource({ db, prepared: prepared.prepared, createdById: null, groupId: null });
    const original = prepareSource(bytes, TRIALS_000, { title: "Moscow trials: the rebuttal", slug: "citations-edited" });
    if (!original.ok) throw new Error(original.error.message);
    await storeSource({ db, prepared: original.prepared, createdById: null, groupId: null });
    const versions = await db.sourceVersion.findMany({ where: { sourceId: first.sourceId }, orderBy: { number: "asc" }, select: { id: true } });
    expect(versions).toHaveLength(2);
    const [v1, v2] = [await citationsOf(versions[0]!.id), await citationsOf(versions[1]!.id)];
    expect(v1).toHaveLength(37);
    expect(v1.at(-1)).toMatchObject({ archive: "GARF", fond: "R-9401", opis: "2", delo: "64", list: "5-7ob" });
    expect(v2).toHaveLength(36);
  });

  it("backfills versions stored before citations were parsed, once however often it runs", async () => {
    const version = await db.sourceVersion.findFirstOrThrow({ where: { fileName: TRIALS_000 }, select: { id: true } });
    await db.sourceCitation.deleteMany({ where: { versionId: version.id } });
    await db.sourceVersion.update({ where: { id: version.id }, data: { citationsParsedAt: null } });
    const [a, b] = await Promise.all([backfillCitations({ db }), backfillCitations({ db })]);
    expect(a + b).toBe(1);
    expect(await citationsOf(version.id)).toHaveLength(36);
    expect(await backfillCitations({ db })).toBe(0);
  });
});
