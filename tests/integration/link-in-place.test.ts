// Issue 9, section 1: link in place. Both passages (when new) and the link between
// them are written in one transaction: a link that fails leaves no annotation behind.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { linkPassages } from "@/lib/annotations/links/link-passages";
import type { Db } from "@/lib/db/client";
import { annotationInput, castGroup, type Cast, failure, GREAT_PURGE, storeCorpusFile, type StoredSource, VOGIATZIS } from "./annotations-fixtures";
import { freshDatabase } from "./support/database";

let db: Db;
let cast: Cast;
let left: StoredSource;
let right: StoredSource;

beforeAll(async () => {
  db = await freshDatabase();
  cast = await castGroup(db, "in-place");
  left = await storeCorpusFile(db, VOGIATZIS, "in-place-left");
  right = await storeCorpusFile(db, GREAT_PURGE, "in-place-right");
});
afterAll(() => db.$disconnect());

const group = () => ({ visibility: "group", groupId: cast.groupId });
const newEnd = (source: StoredSource, phrase: string, layer = "rebuttal") => ({ sourceId: source.sourceId, ...annotationInput(source.text, phrase, { ...group(), layer }) });
const count = () => db.annotation.count({ where: { sourceId: { in: [left.sourceId, right.sourceId] } } });

describe("linking two passages in place", () => {
  it("creates both annotations and the link, shown from both ends", async () => {
    const made = await linkPassages({ db, actor: cast.author, input: { from: newEnd(left, "Moscow Trials"), to: newEnd(right, "Great Purge", "primary_document"), kind: "quotes", note: "same words" } });
    expect(made.from).toMatchObject({ sourceId: left.sourceId, exact: "Moscow Trials", layer: "rebuttal" });
    expect(made.to).toMatchObject({ sourceId: right.sourceId, exact: "Great Purge", layer: "primary_document" });
    expect(made.link).toMatchObject({ kind: "quotes", direction: "from", otherId: made.to.id, note: "same words" });
    expect(made.from.links.map((l) => l.id)).toEqual([made.link.id]);
    expect(made.to.links).toEqual([expect.objectContaining({ id: made.link.id, direction: "to", otherId: made.from.id })]);
  });

  it("links an existing annotation to a new passage", async () => {
    const existing = await createAnnotation({ db, actor: cast.editor, sourceId: right.sourceId, input: annotationInput(right.text, "Great Purge", group()) });
    const made = await linkPassages({ db, actor: cast.author, input: { from: newEnd(left, "Stalinist"), to: { annotationId: existing.id }, kind: "refutes" } });
    expect(made.to.id).toBe(existing.id);
    expect(made.link).toMatchObject({ kind: "refutes", otherId: existing.id });
  });

  it("writes nothing when the link is refused inside the transaction", async () => {
    const first = await linkPassages({ db, actor: cast.author, input: { from: newEnd(left, "Trotsky"), to: newEnd(right, "Great Purge"), kind: "cites" } });
    // The same link again: the target exists, so only the link's uniqueness fails, after the new `from` was written.
    const before = await count();
    const refused = await failure(linkPassages({ db, actor: cast.author, input: { from: { annotationId: first.from.id }, to: { annotationId: first.to.id }, kind: "cites" } }));
    expect(refused).toMatchObject({ status: 409, code: "link_exists" });
    expect(await count()).toBe(before);
    // The `to` end is refused after the new `from` was written in the transaction: that is rolled back too.
    const wrong = { ...newEnd(right, "Great Purge"), exact: "Not the text" };
    expect(await failure(linkPassages({ db, actor: cast.author, input: { from: newEnd(left, "Moscow Trials"), to: wrong, kind: "cites" } }))).toMatchObject({ code: "quote_mismatch" });
    expect(await count()).toBe(before);
    expect(await db.annotationLink.count({ where: { fromId: first.from.id } })).toBe(1);
  });

  it("asks the policy for each end: signed out 401, viewer 403, outsider's unreadable target 404", async () => {
    const input = { from: newEnd(left, "Moscow Trials"), to: newEnd(right, "Great Purge"), kind: "rebuts" };
    const before = await count();
    expect(await failure(linkPassages({ db, actor: null, input }))).toMatchObject({ status: 401 });
    expect(await failure(linkPassages({ db, actor: cast.viewer, input }))).toMatchObject({ status: 403 });
    const secret = await createAnnotation({ db, actor: cast.owner, sourceId: right.sourceId, input: annotationInput(right.text, "Great Purge", { visibility: "private", groupId: null }) });
    const mine = { sourceId: left.sourceId, ...annotationInput(left.text, "Moscow Trials", { visibility: "private", groupId: null }) };
    expect(await failure(linkPassages({ db, actor: cast.outsider, input: { from: mine, to: { annotationId: secret.id }, kind: "rebuts" } }))).toMatchObject({ status: 404 });
    expect(await count()).toBe(before + 1);
    expect(await failure(linkPassages({ db, actor: cast.author, input: { ...input, kind: "likes" } }))).toMatchObject({ status: 400, code: "invalid_input" });
  });
});
