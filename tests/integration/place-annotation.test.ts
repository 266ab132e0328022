// Issue 12, section 3: an annotation the new text lost is placed again by hand. It
// moves to the passage the user selected, with fresh selectors on the current
// version, a revision says who placed it and when, and other readers hear of it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import type { AnnotationDto } from "@/lib/annotations/dto";
import { getAnnotation } from "@/lib/annotations/get-annotation";
import { listRevisions } from "@/lib/annotations/list-revisions";
import { placeAnnotation } from "@/lib/annotations/place-annotation";
import type { Db } from "@/lib/db/client";
import { annotationInput, castGroup, type Cast, failure, passage, storeCorpusFile, type StoredSource, VOGIATZIS } from "./annotations-fixtures";
import { freshDatabase } from "./support/database";

let db: Db;
let cast: Cast;
let v1: StoredSource;
let v2: StoredSource;
let lost: AnnotationDto;
let kept: AnnotationDto;

const SLUG = "vogiatzis-placed";
const KIROV = "We know today that Kirov was not “a third-rate bureaucrat”";
const REWORDED = "Today we know that Kirov was no third-rate bureaucrat";
const KRESTINSKY = "I do not recognize that I am guilty. I am not a Trotskyite.";

/** The Kirov paragraph reworded, so its quote is found nowhere in the new text. */
function reworded(raw: string): string {
  const lines = raw.split("\n");
  const i = lines.findIndex((line) => line.startsWith("We know today that Kirov"));
  if (i < 0) throw new Error("the corpus file changed: no Kirov paragraph");
  lines[i] = `${REWORDED}, as the new edition says.`;
  return lines.join("\n");
}

beforeAll(async () => {
  db = await freshDatabase();
  cast = await castGroup(db, "place");
  v1 = await storeCorpusFile(db, VOGIATZIS, SLUG);
  const annotate = (phrase: string) =>
    createAnnotation({ db, actor: cast.author, sourceId: v1.sourceId, input: annotationInput(v1.text, phrase, { groupId: cast.groupId }) });
  lost = await annotate(KIROV);
  kept = await annotate(KRESTINSKY);
  v2 = await storeCorpusFile(db, VOGIATZIS, SLUG, reworded);
});
afterAll(() => db.$disconnect());

const placeInput = (a: AnnotationDto, phrase: string, over: Record<string, unknown> = {}) => ({
  version: a.version,
  versionId: v2.versionId,
  ...passage(v2.text, phrase),
  ...over,
});

describe("placing an orphan again", () => {
  it("starts from an annotation the new version could not place", async () => {
    expect((await getAnnotation({ db, actor: cast.author, id: lost.id })).anchorStatus).toBe("orphaned");
  });

  it("is refused to those who may not edit it, as an edit would be", async () => {
    expect((await failure(placeAnnotation({ db, actor: null, id: lost.id, input: placeInput(lost, REWORDED) }))).status).toBe(404);
    expect((await failure(placeAnnotation({ db, actor: cast.outsider, id: lost.id, input: placeInput(lost, REWORDED) }))).status).toBe(404);
    expect((await failure(placeAnnotation({ db, actor: cast.viewer, id: lost.id, input: placeInput(lost, REWORDED) }))).status).toBe(403);
    expect((await failure(placeAnnotation({ db, actor: cast.annotator, id: lost.id, input: placeInput(lost, REWORDED) }))).status).toBe(403);
  });

  it("refuses offsets from an older version, a quote that does not match, and a bad range", async () => {
    expect((await failure(placeAnnotation({ db, actor: cast.author, id: lost.id, input: placeInput(lost, REWORDED, { versionId: v1.versionId }) }))).code).toBe("version_changed");
    expect((await failure(placeAnnotation({ db, actor: cast.author, id: lost.id, input: placeInput(lost, REWORDED, { exact: "something else" }) }))).code).toBe("quote_mismatch");
    expect((await failure(placeAnnotation({ db, actor: cast.author, id: lost.id, input: placeInput(lost, REWORDED, { end: v2.text.length + 5 }) }))).code).toBe("invalid_range");
    expect((await failure(placeAnnotation({ db, actor: cast.author, id: lost.id, input: { version: 1 } }))).status).toBe(400);
  });

  it("refuses an annotation that is placed already: it follows its passage by itself", async () => {
    const now = await getAnnotation({ db, actor: cast.author, id: kept.id });
    expect(now.anchorStatus).not.toBe("orphaned");
    expect((await failure(placeAnnotation({ db, actor: cast.author, id: kept.id, input: placeInput(now, REWORDED) }))).status).toBe(409);
  });

  it("moves it to the selected passage with fresh selectors, records who placed it, and tells other readers", async () => {
    const seqBefore = await db.changeLog.count({ where: { sourceId: v1.sourceId } });
    const placed = await placeAnnotation({ db, actor: cast.editor, id: lost.id, input: placeInput(lost, REWORDED) });
    const at = v2.text.indexOf(REWORDED);
    expect(placed).toMatchObject({ versionId: v2.versionId, anchorStatus: "exact", start: at, end: at + REWORDED.length, exact: REWORDED, version: lost.version + 1 });
    expect(placed.prefix).toBe(v2.text.slice(Math.max(0, at - 32), at));
    // Its note is untouched: placing is not editing.
    expect(placed.bodyText).toBe(lost.bodyText);

    const { revisions } = await listRevisions({ db, actor: cast.author, annotationId: lost.id });
    expect(revisions[0]).toMatchObject({ version: placed.version, kind: "placed", editor: { id: cast.editor.id } });
    expect(Date.now() - Date.parse(revisions[0]!.createdAt)).toBeLessThan(60_000);
    expect(revisions[1]).toMatchObject({ version: 1, kind: "edit" });

    const events = await db.changeLog.findMany({ where: { sourceId: v1.sourceId }, orderBy: { seq: "asc" }, skip: seqBefore });
    expect(events.map((e) => e.event)).toContainEqual(expect.objectContaining({ kind: "annotation", id: lost.id, change: "updated" }));
  });

  it("does not place it twice from the same stale view", async () => {
    expect((await failure(placeAnnotation({ db, actor: cast.author, id: lost.id, input: placeInput(lost, REWORDED) }))).status).toBe(409);
  });
});
