// The text a reader fetches after a client-side navigation: the HTML the page would
// have sent, for the version it was rendered with, to whoever may read the source.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { readerTextForBrowser } from "@/lib/reader/reader-text-for-browser";
import { readerTextOf } from "@/lib/reader/reader-text";
import { getReaderSource } from "@/lib/sources/queries";
import { castGroup, type Cast, failure, GREAT_PURGE, storeCorpusFile, type StoredSource, VOGIATZIS } from "./annotations-fixtures";
import { freshDatabase } from "./support/database";

let db: Db;
let cast: Cast;
let source: StoredSource;
let groupSource: StoredSource;

beforeAll(async () => {
  db = await freshDatabase();
  cast = await castGroup(db, "text");
  source = await storeCorpusFile(db, VOGIATZIS, "vogiatzis-text");
  groupSource = await storeCorpusFile(db, GREAT_PURGE, "great-purge-text-group");
  await db.source.update({ where: { id: groupSource.sourceId }, data: { groupId: cast.groupId } });
});
afterAll(() => db.$disconnect());

describe("readerTextForBrowser", () => {
  it("answers the page's own text HTML, by id or slug", async () => {
    const page = await getReaderSource({ db, actor: null, input: { idOrSlug: source.sourceId } });
    const { html } = await readerTextForBrowser({ db, actor: null, idOrSlug: "vogiatzis-text", input: { version: source.versionId } });
    expect(html).toBe(readerTextOf(page!).html);
    expect(html).toContain('id="b-0"');
  });

  it("refuses a group's source to someone outside the group, an old version and a missing one", async () => {
    const version = { version: groupSource.versionId };
    expect((await failure(readerTextForBrowser({ db, actor: cast.outsider, idOrSlug: groupSource.sourceId, input: version }))).status).toBe(404);
    expect((await failure(readerTextForBrowser({ db, actor: null, idOrSlug: groupSource.sourceId, input: version }))).status).toBe(404);
    expect((await readerTextForBrowser({ db, actor: cast.viewer, idOrSlug: groupSource.sourceId, input: version })).html.length).toBeGreaterThan(1000);
    expect((await failure(readerTextForBrowser({ db, actor: null, idOrSlug: source.sourceId, input: { version: groupSource.versionId } }))).status).toBe(404);
    expect((await failure(readerTextForBrowser({ db, actor: null, idOrSlug: source.sourceId, input: {} }))).status).toBe(400);
  });
});
