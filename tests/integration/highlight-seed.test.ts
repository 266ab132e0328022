// The reader's highlight seed paints before the list arrives, so it must hold exactly
// what the list shows each reader in the text: the same policy, no orphans.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { LAYERS } from "@/lib/annotations/dto";
import { highlightSeed } from "@/lib/annotations/highlight-seed";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { summariesOf } from "@/lib/annotations/summary";
import type { Db } from "@/lib/db/client";
import { annotationInput, castGroup, type Cast, failure, GREAT_PURGE, storeCorpusFile, type StoredSource, VOGIATZIS } from "./annotations-fixtures";
import { freshDatabase } from "./support/database";

let db: Db;
let cast: Cast;
let source: StoredSource;
let groupSource: StoredSource;

beforeAll(async () => {
  db = await freshDatabase();
  cast = await castGroup(db, "seed");
  source = await storeCorpusFile(db, VOGIATZIS, "vogiatzis-seed");
  groupSource = await storeCorpusFile(db, GREAT_PURGE, "great-purge-seed-group");
  await db.source.update({ where: { id: groupSource.sourceId }, data: { groupId: cast.groupId } });
  const create = (visibility: string, phrase: string, layer: string) =>
    createAnnotation({ db, actor: cast.author, sourceId: source.sourceId, input: annotationInput(source.text, phrase, { visibility, groupId: cast.groupId, layer }) });
  await create("private", "Suffocating the revolution", "rebuttal");
  await create("group", "The climax", "apologist_claim");
  const orphan = await create("public", "Some examples", "archival_finding");
  await db.annotation.update({ where: { id: orphan.id }, data: { anchorStatus: "orphaned" } });
  await create("public", "Some examples", "primary_document");
});
afterAll(() => db.$disconnect());

describe("highlightSeed", () => {
  it.each(["author", "viewer", "outsider", "anonymous"] as const)("holds what the list places in the text for %s", async (reader) => {
    const actor = reader === "anonymous" ? null : cast[reader];
    const listed = summariesOf(await listAnnotations({ db, actor, sourceId: source.sourceId }), source.text);
    const placed = listed.filter((a) => a.anchorStatus !== "orphaned").flatMap((a) => [a.start, a.end, LAYERS.indexOf(a.layer)]);
    const seed = await highlightSeed({ db, actor, idOrSlug: source.sourceId });
    expect(seed).toEqual(placed);
    expect(await highlightSeed({ db, actor, idOrSlug: "vogiatzis-seed" })).toEqual(seed);
    expect(seed.length / 3).toBe({ author: 3, viewer: 2, outsider: 1, anonymous: 1 }[reader]);
  });

  it("refuses a group's source to someone outside the group, as the list does, and an unknown one", async () => {
    expect((await failure(highlightSeed({ db, actor: cast.outsider, idOrSlug: groupSource.sourceId }))).status).toBe(404);
    expect(await highlightSeed({ db, actor: cast.viewer, idOrSlug: "great-purge-seed-group" })).toEqual([]);
    expect((await failure(highlightSeed({ db, actor: null, idOrSlug: "no-such-source" }))).status).toBe(404);
  });
});
