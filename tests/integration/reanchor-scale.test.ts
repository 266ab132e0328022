// The seed's largest text with 2,000 annotations, as docs/design-notes.md measures the
// reader: a new version re-anchors all of them inside storeSource's
// transaction, and the list route's service answers for all of them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeRange } from "@/lib/anchoring";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { LIST_LIMIT_MAX } from "@/lib/annotations/list-limits";
import { summariesOf } from "@/lib/annotations/summary";
import type { Db } from "@/lib/db/client";
import { castGroup, type Cast, note, storeCorpusFile, type StoredSource } from "./annotations-fixtures";
import { freshDatabase } from "./support/database";

const FILE = "001_d1cafe7658540bb9.txt";
const SLUG = "analyzing-the-moscow-trials";
const COUNT = 2_000;
const INSERTED = "A paragraph added near the top of the second version, which moves every passage below it.";

let db: Db;
let cast: Cast;
let v1: StoredSource;

beforeAll(async () => {
  db = await freshDatabase();
  cast = await castGroup(db, "scale");
  v1 = await storeCorpusFile(db, FILE, SLUG);
  // Fixture rows straight into the table: the service's own path is tested elsewhere.
  const step = Math.floor((v1.text.length - 100) / COUNT);
  await db.annotation.createMany({
    data: Array.from({ length: COUNT }, (_, i) => {
      const anchor = describeRange(v1.text, i * step + 50, i * step + 50 + 40);
      return {
        sourceId: v1.sourceId,
        versionId: v1.versionId,
        groupId: cast.groupId,
        authorId: cast.author.id,
        visibility: "group" as const,
        layer: "primary_document" as const,
        ...anchor,
        body: note(`note ${i}`),
        bodyText: `note ${i}`,
        tags: [],
      };
    }),
  });
});
afterAll(() => db.$disconnect());

describe(`${COUNT} annotations on the largest seed text`, () => {
  it("are listed in document order", async () => {
    const page = (cursor?: string) =>
      listAnnotations({ db, actor: cast.viewer, sourceId: v1.sourceId, filters: { limit: String(LIST_LIMIT_MAX), ...(cursor === undefined ? {} : { cursor }) } });
    await page(); // warm-up
    const started = performance.now();
    const first = await page();
    const second = await page(first.next ?? "");
    const elapsed = performance.now() - started;
    console.log(`listAnnotations, ${COUNT} annotations in pages of ${LIST_LIMIT_MAX}: ${elapsed.toFixed(0)} ms`);
    expect(second.next).toBeNull();
    expect(first.annotations.length + second.annotations.length).toBe(COUNT);
    const starts = [...summariesOf(first, v1.text), ...summariesOf(second, v1.text)].map((a) => a.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(elapsed).toBeLessThan(10_000);
  });

  it("all move with a new version, inside storeSource's transaction", async () => {
    const started = performance.now();
    const v2 = await storeCorpusFile(db, FILE, SLUG, (raw) => {
      const lines = raw.split("\n");
      return [...lines.slice(0, 3), INSERTED, ...lines.slice(3)].join("\n");
    });
    const elapsed = performance.now() - started;
    console.log(`storeSource new version with ${COUNT} annotations re-anchored: ${elapsed.toFixed(0)} ms`);
    expect(v2.outcome).toBe("new-version");
    const rows = await db.annotation.findMany({ where: { sourceId: v1.sourceId }, select: { versionId: true, anchorStatus: true, start: true, end: true, exact: true } });
    const statuses = new Map<string, number>();
    for (const row of rows) statuses.set(row.anchorStatus, (statuses.get(row.anchorStatus) ?? 0) + 1);
    console.log(`anchor statuses after the new version: ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(rows.filter((r) => r.anchorStatus === "orphaned")).toEqual([]);
    expect(rows.every((r) => r.versionId === v2.versionId && v2.text.slice(r.start, r.end) === r.exact)).toBe(true);
  });
});
