// Review finding 5: a member removed from a group loses their notes on the group's
// own sources, private ones included, because every annotation read and write also
// needs "source:read" on the annotation's source. Finding 11: whoever may not read
// a note gets the same 404 as for an id that does not exist.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnnotationDto } from "@/lib/annotations/dto";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { createLink } from "@/lib/annotations/create-link";
import { createReply } from "@/lib/annotations/create-reply";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { getAnnotation } from "@/lib/annotations/get-annotation";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { liveEventForViewer } from "@/lib/annotations/live-event-for-viewer";
import { listReplies } from "@/lib/annotations/list-replies";
import { listRevisions } from "@/lib/annotations/list-revisions";
import { restoreAnnotation } from "@/lib/annotations/restore-annotation";
import { searchAnnotations } from "@/lib/annotations/search-annotations";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import type { Db } from "@/lib/db/client";
import { errorResponse } from "@/lib/http";
import { prepareSource, storeSource } from "@/lib/sources/import-source";
import { annotationInput, castGroup, type Cast, failure, note, personOf, storeCorpusFile, type StoredSource, VOGIATZIS } from "./annotations-fixtures";

import { freshDatabase } from "./support/database";

let db: Db;
let cast: Cast;
let groupSource: { sourceId: string; text: string };
let publicSource: StoredSource;
let privateNote: AnnotationDto;
let groupNote: AnnotationDto;
let publicNote: AnnotationDto;
let ownPublicNote: AnnotationDto;

const PASSAGE = "The seminar reads this passage closely.";

beforeAll(async () => {
  db = await freshDatabase();
  cast = await castGroup(db, "removed");
  const text = `${PASSAGE}\n\nA second paragraph, for the group only.\n`;
  const prepared = prepareSource(new TextEncoder().encode(text), "handout.txt", { title: "Seminar handout" });
  if (!prepared.ok) throw new Error(prepared.error.message);
  const stored = await storeSource({ db, prepared: prepared.prepared, createdById: cast.owner.id, groupId: cast.groupId });
  const version = await db.source.findUniqueOrThrow({ where: { id: stored.sourceId }, select: { currentVersion: { select: { text: true } } } });
  groupSource = { sourceId: stored.sourceId, text: version.currentVersion?.text ?? "" };
  publicSource = await storeCorpusFile(db, VOGIATZIS, "vogiatzis-removed");

  const author = await personOf(db, cast.author);
  privateNote = await createAnnotation({
    db,
    actor: author,
    sourceId: groupSource.sourceId,
    input: annotationInput(groupSource.text, PASSAGE, { visibility: "private", groupId: null }),
  });
  groupNote = await createAnnotation({
    db,
    actor: await personOf(db, cast.annotator),
    sourceId: groupSource.sourceId,
    input: annotationInput(groupSource.text, "A second paragraph", { visibility: "group", groupId: cast.groupId }),
  });
  publicNote = await createAnnotation({
    db,
    actor: await personOf(db, cast.annotator),
    sourceId: publicSource.sourceId,
    input: annotationInput(publicSource.text, "The climax", { visibility: "public", groupId: cast.groupId }),
  });
  ownPublicNote = await createAnnotation({
    db,
    actor: author,
    sourceId: publicSource.sourceId,
    input: annotationInput(publicSource.text, "Some examples", { visibility: "public", groupId: cast.groupId }),
  });
  // The owner removes the author from the group.
  await db.membership.delete({ where: { groupId_userId: { groupId: cast.groupId, userId: cast.author.id } } });
});
afterAll(() => db.$disconnect());

describe("a removed member's own notes on the group's source", () => {
  it("answer 404 to every read, as an unknown id does", async () => {
    const formerMember = await personOf(db, cast.author);
    const id = privateNote.id;
    for (const call of [
      () => getAnnotation({ db, actor: formerMember, id }),
      () => listRevisions({ db, actor: formerMember, annotationId: id }),
      () => listReplies({ db, actor: formerMember, annotationId: id }),
    ]) {
      expect(await failure(call())).toMatchObject({ status: 404, message: "Annotation not found." });
    }
    await expect(listAnnotations({ db, actor: formerMember, sourceId: groupSource.sourceId })).rejects.toMatchObject({ status: 404 });
    const found = await searchAnnotations({ db, actor: formerMember, query: { q: "seminar reads" } });
    expect(found.results.map((r) => r.id)).not.toContain(id);
  });

  it("cannot be edited, deleted, restored, replied to or linked", async () => {
    const formerMember = await personOf(db, cast.author);
    const id = privateNote.id;
    // One after another: a write that wrongly succeeds must not hide the next one's answer.
    const refusals = [
      () => updateAnnotation({ db, actor: formerMember, id, input: { version: 1, body: note("still mine?") } }),
      () => deleteAnnotation({ db, actor: formerMember, id }),
      () => restoreAnnotation({ db, actor: formerMember, id }),
      () => createReply({ db, actor: formerMember, annotationId: id, input: { body: note("a reply") } }),
      () => createLink({ db, actor: formerMember, fromId: id, input: { toId: ownPublicNote.id, kind: "supports" } }),
      () => createLink({ db, actor: formerMember, fromId: ownPublicNote.id, input: { toId: id, kind: "supports" } }),
    ];
    const answers = [];
    for (const call of refusals) answers.push(await call().then(() => "done", (error: { status?: number; message?: string }) => `${error.status} ${error.message}`));
    expect(answers).toEqual(refusals.map(() => "404 Annotation not found."));
    const row = await db.annotation.findUniqueOrThrow({ where: { id }, select: { version: true, deletedAt: true } });
    expect(row).toEqual({ version: 1, deletedAt: null });
    expect(await db.annotationLink.count()).toBe(0);
    expect(await db.reply.count()).toBe(0);
  });

  it("are not sent to their live stream either", async () => {
    const event = { seq: 1, sourceId: groupSource.sourceId, kind: "annotation", id: privateNote.id, change: "updated" } as const;
    // The stream's viewer is the session's user: their access is resolved again for the event.
    expect(await liveEventForViewer({ db, viewer: { id: cast.author.id }, event })).toBeNull();
    const members = { seq: 2, sourceId: groupSource.sourceId, kind: "annotation", id: groupNote.id, change: "updated" } as const;
    expect(await liveEventForViewer({ db, viewer: { id: cast.author.id }, event: members })).toBeNull();
    expect(await liveEventForViewer({ db, viewer: { id: cast.viewer.id }, event: members })).toMatchObject({ type: "annotation", annotation: { id: groupNote.id } });
  });

  it("stay readable to their author once they are a member again", async () => {
    await db.membership.create({ data: { groupId: cast.groupId, userId: cast.author.id, role: "annotator" } });
    try {
      expect((await getAnnotation({ db, actor: await personOf(db, cast.author), id: privateNote.id })).exact).toBe(PASSAGE);
    } finally {
      await db.membership.delete({ where: { groupId_userId: { groupId: cast.groupId, userId: cast.author.id } } });
    }
  });
});

describe("whoever may not read a note gets the answer an unknown id gets", () => {
  const unknown = "no-such-annotation";

  it.each([
    ["signed out", "private"],
    ["signed out", "group"],
    ["an outsider", "private"],
    ["an outsider", "group"],
  ] as const)("%s, for a %s note", async (who, visibility) => {
    const caller = who === "signed out" ? null : await personOf(db, cast.outsider);
    const id = visibility === "private" ? privateNote.id : groupNote.id;
    const denied = errorResponse((await failure(getAnnotation({ db, actor: caller, id }))).error);
    const missing = errorResponse((await failure(getAnnotation({ db, actor: caller, id: unknown }))).error);
    expect(denied.status).toBe(404);
    expect(denied.status).toBe(missing.status);
    expect(await denied.json()).toEqual(await missing.json());
    for (const call of [() => listRevisions({ db, actor: caller, annotationId: id }), () => listReplies({ db, actor: caller, annotationId: id })]) {
      expect(await failure(call())).toMatchObject({ status: 404, message: "Annotation not found." });
    }
  });
});

describe("a public note's group", () => {
  it("is named to members of that group only", async () => {
    const member = await getAnnotation({ db, actor: await personOf(db, cast.viewer), id: publicNote.id });
    expect(member).toMatchObject({ groupId: cast.groupId, groupName: cast.groupName });
    for (const caller of [null, await personOf(db, cast.outsider), await personOf(db, cast.author)]) {
      const read = await getAnnotation({ db, actor: caller, id: publicNote.id });
      expect(read).toMatchObject({ groupId: null, groupName: null });
      expect(JSON.stringify(read)).not.toContain(cast.groupName);
      expect(JSON.stringify(read)).not.toContain(cast.groupId);
    }
  });
});
