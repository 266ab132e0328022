// Review finding 12 (the list endpoint): a page holds at most LIST_LIMIT_MAX
// annotations, and following `next` yields every annotation the caller may see
// exactly once, in the list's order, also when many share a position and a
// creation time (one createMany statement stamps them all alike).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeRange } from "@/lib/anchoring";
import type { AnnotationListDto } from "@/lib/annotations/dto";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { LIST_LIMIT_DEFAULT, LIST_LIMIT_MAX } from "@/lib/annotations/list-limits";
import type { Db } from "@/lib/db/client";
import { castGroup, type Cast, failure, note, storeCorpusFile, type StoredSource } from "./annotations-fixtures";
import { freshDatabase } from "./support/database";

const FILE = "001_d1cafe7658540bb9.txt";
const PLACED = 2_000;
const ORPHANS = 30;

let db: Db;
let cast: Cast;
let source: StoredSource;

beforeAll(async () => {
  db = await freshDatabase();
  cast = await castGroup(db, "pages");
  source = await storeCorpusFile(db, FILE, "pages");
  // Ten annotations at each of 200 places, plus orphans and one private note of someone else.
  const row = (i: number, extra: Record<string, unknown> = {}) => ({
    sourceId: source.sourceId,
    versionId: source.versionId,
    groupId: cast.groupId,
    authorId: i % 2 === 0 ? cast.author.id : cast.annotator.id,
    visibility: "group" as const,
    layer: "primary_document" as const,
    ...describeRange(source.text, 100 + Math.floor(i / 10) * 300, 140 + Math.floor(i / 10) * 300),
    body: note(`note ${i}`),
    bodyText: `note ${i}`,
    tags: [],
    ...extra,
  });
  await db.annotation.createMany({ data: Array.from({ length: PLACED }, (_, i) => row(i)) });
  await db.annotation.createMany({ data: Array.from({ length: ORPHANS }, (_, i) => row(i, { anchorStatus: "orphaned" as const })) });
  await db.annotation.create({ data: row(0, { visibility: "private" as const, authorId: cast.editor.id }) });
});
afterAll(() => db.$disconnect());

async function allPages(limit: number | undefined): Promise<AnnotationListDto[]> {
  const pages: AnnotationListDto[] = [];
  let cursor: string | null = null;
  do {
    const filters: Record<string, string> = {};
    if (limit !== undefined) filters.limit = String(limit);
    if (cursor !== null) filters.cursor = cursor;
    const page = await listAnnotations({ db, actor: cast.viewer, sourceId: source.sourceId, filters });
    pages.push(page);
    cursor = page.next;
  } while (cursor !== null);
  return pages;
}

describe("the list endpoint's pages", () => {
  it("hold at most the limit, and together every visible annotation once, in order", async () => {
    const expected = await db.annotation.findMany({
      where: { sourceId: source.sourceId, visibility: "group" },
      select: { id: true, start: true, end: true, anchorStatus: true },
    });
    const placed = expected.filter((a) => a.anchorStatus !== "orphaned");
    for (const limit of [LIST_LIMIT_MAX, 150]) {
      const pages = await allPages(limit);
      expect(pages.every((p) => p.annotations.length <= limit)).toBe(true);
      expect(pages.length).toBe(Math.ceil((PLACED + ORPHANS) / limit));
      const rows = pages.flatMap((p) => p.annotations);
      const ids = rows.map(([id]) => id);
      expect(new Set(ids).size).toBe(PLACED + ORPHANS);
      expect(new Set(ids)).toEqual(new Set(expected.map((a) => a.id)));
      // Placed ones in document order, then the orphans.
      const starts = rows.slice(0, placed.length).map(([, , , , start]) => start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      expect(rows.slice(placed.length).every(([, , , , , , status]) => status === "orphaned")).toBe(true);
      expect(pages.reduce((n, p) => n + p.orphanCount, 0)).toBe(ORPHANS);
    }
  });

  it("default to a bounded page and refuse a larger one or a forged cursor", async () => {
    const first = await listAnnotations({ db, actor: cast.viewer, sourceId: source.sourceId });
    expect(first.annotations).toHaveLength(LIST_LIMIT_DEFAULT);
    expect(first.next).not.toBeNull();
    const tooMany = listAnnotations({ db, actor: cast.viewer, sourceId: source.sourceId, filters: { limit: String(LIST_LIMIT_MAX + 1) } });
    expect(await failure(tooMany)).toMatchObject({ status: 400, code: "invalid_input" });
    const forged = listAnnotations({ db, actor: cast.viewer, sourceId: source.sourceId, filters: { cursor: "bm90LWEtY3Vyc29y" } });
    expect(await failure(forged)).toMatchObject({ status: 400, code: "invalid_input" });
  });
});
