// A source gets a new version: every annotation moves with its passage in the
// same transaction, or becomes an orphan that is kept and listed, never lost.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import type { AnnotationDto } from "@/lib/annotations/dto";
import { getAnnotation } from "@/lib/annotations/get-annotation";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { restoreAnnotation } from "@/lib/annotations/restore-annotation";
import { summariesOf, summaryOf } from "@/lib/annotations/summary";
import type { Db } from "@/lib/db/client";
import { annotationInput, castGroup, type Cast, failure, storeCorpusFile, type StoredSource, VOGIATZIS } from "./annotations-fixtures";
import { freshDatabase } from "./support/database";

let db: Db;
let cast: Cast;
let v1: StoredSource;

const SLUG = "vogiatzis-edited";
const EARLY = "Moscow Trials started on 19 August 1936";
const KRESTINSKY = "I do not recognize that I am guilty. I am not a Trotskyite.";
const KIROV = "We know today that Kirov was not “a third-rate bureaucrat”";
const SMIRNOV = "I did not have to leave it, there was nothing that I might have left.";
const INSERTED = "Editor's note: this article first appeared in Greek; the translation was revised for this edition.";

/** The capture with a paragraph inserted after its first line and the Kirov paragraph removed. */
function edited(raw: string): string {
  const lines = raw.split("\n");
  const kirov = lines.findIndex((line) => line.startsWith("We know today that Kirov"));
  if (kirov < 0) throw new Error("the corpus file changed: no Kirov paragraph");
  const kept = lines.filter((_, i) => i !== kirov);
  return [kept[0], INSERTED, ...kept.slice(1)].join("\n");
}

beforeAll(async () => {
  db = await freshDatabase();
  cast = await castGroup(db, "re");
  v1 = await storeCorpusFile(db, VOGIATZIS, SLUG);
});
afterAll(() => db.$disconnect());

const annotate = (phrase: string) =>
  createAnnotation({ db, actor: cast.author, sourceId: v1.sourceId, input: annotationInput(v1.text, phrase, { groupId: cast.groupId }) });

describe("a new version of an annotated source", () => {
  let early: AnnotationDto;
  let moved: AnnotationDto;
  let lost: AnnotationDto;
  let hidden: AnnotationDto;
  let v2: StoredSource;

  beforeAll(async () => {
    early = await annotate(EARLY);
    moved = await annotate(KRESTINSKY);
    lost = await annotate(KIROV);
    hidden = await annotate(SMIRNOV);
    await deleteAnnotation({ db, actor: cast.author, id: hidden.id });
    v2 = await storeCorpusFile(db, VOGIATZIS, SLUG, edited);
  });

  it("is stored as a new version", () => {
    expect(v2).toMatchObject({ outcome: "new-version", sourceId: v1.sourceId, versionNumber: 2 });
    expect(v2.text).toContain(INSERTED);
    expect(v2.text).not.toContain(KIROV);
  });

  it("moves annotations below the edits, with fresh selectors on the new version", async () => {
    const now = await getAnnotation({ db, actor: cast.viewer, id: moved.id });
    // The paragraph inserted above it is shorter than the one deleted above it.
    expect(now.start).toBe(v2.text.indexOf(KRESTINSKY));
    expect(now.start).not.toBe(moved.start);
    expect(now).toMatchObject({ versionId: v2.versionId, anchorStatus: "quote", exact: KRESTINSKY, version: 1 });
    expect(v2.text.slice(now.start, now.end)).toBe(KRESTINSKY);
    expect(now.prefix).toBe(v2.text.slice(now.start - 32, now.start));
  });

  it("leaves an annotation above the edit where it was", async () => {
    const now = await getAnnotation({ db, actor: cast.viewer, id: early.id });
    expect(now).toMatchObject({ versionId: v2.versionId, anchorStatus: "exact", start: early.start, end: early.end });
  });

  it("orphans the annotation of the deleted passage, keeps its quote, and still lists it", async () => {
    const list = await listAnnotations({ db, actor: cast.viewer, sourceId: v1.sourceId });
    expect(list.orphanCount).toBe(1);
    const summaries = summariesOf(list, v2.text);
    expect(summaries.at(-1)).toMatchObject({ id: lost.id, anchorStatus: "orphaned", exact: KIROV, start: lost.start });
    expect(summaries.map((a) => a.id)).toEqual([early.id, moved.id, lost.id]);
  });

  it("lists rows that the new text completes into the annotations' summaries", async () => {
    const list = await listAnnotations({ db, actor: cast.viewer, sourceId: v1.sourceId });
    // Placed rows leave their quote to the reader's text; the orphan's has no place in it.
    expect(list.annotations.map((row) => row[12])).toEqual([undefined, undefined, KIROV]);
    for (const summary of summariesOf(list, v2.text)) {
      expect(summary).toEqual(summaryOf(await getAnnotation({ db, actor: cast.viewer, id: summary.id })));
    }
  });

  it("re-anchors deleted annotations too, so that undo puts them in the right place", async () => {
    const restored = await restoreAnnotation({ db, actor: cast.author, id: hidden.id });
    expect(restored).toMatchObject({ versionId: v2.versionId, anchorStatus: "quote" });
    expect(v2.text.slice(restored.start, restored.end)).toBe(SMIRNOV);
  });

  it("refuses a selection made on the old version", async () => {
    const input = annotationInput(v1.text, KRESTINSKY, { groupId: cast.groupId, versionId: v1.versionId });
    expect(await failure(createAnnotation({ db, actor: cast.author, sourceId: v1.sourceId, input }))).toMatchObject({ code: "version_changed", status: 409 });
  });

  it("places the orphan again when a later version brings the passage back", async () => {
    const v3 = await storeCorpusFile(db, VOGIATZIS, SLUG);
    expect(v3.versionNumber).toBe(3);
    const back = await getAnnotation({ db, actor: cast.viewer, id: lost.id });
    expect(back).toMatchObject({ versionId: v3.versionId, exact: KIROV });
    expect(back.anchorStatus).not.toBe("orphaned");
    expect(v3.text.slice(back.start, back.end)).toBe(KIROV);
    expect((await listAnnotations({ db, actor: cast.viewer, sourceId: v1.sourceId })).orphanCount).toBe(0);
  });
});
