// Finding 1.1 of issue 8: a note's drafts and the thread written under a narrower
// audience must not reach the wider audience the note is later given.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { createReply } from "@/lib/annotations/create-reply";
import { getAnnotation } from "@/lib/annotations/get-annotation";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { liveEventForViewer } from "@/lib/annotations/live-event-for-viewer";
import { listReplies } from "@/lib/annotations/list-replies";
import { listRevisions } from "@/lib/annotations/list-revisions";
import { summariesOf } from "@/lib/annotations/summary";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import type { Db } from "@/lib/db/client";
import { annotationInput, castGroup, type Cast, failure, note, storeCorpusFile, type StoredSource, VOGIATZIS } from "./annotations-fixtures";
import { freshDatabase } from "./support/database";

let db: Db;
let cast: Cast;
let source: StoredSource;

beforeAll(async () => {
  db = await freshDatabase();
  cast = await castGroup(db, "hist");
  source = await storeCorpusFile(db, VOGIATZIS, "vogiatzis-history");
});
afterAll(() => db.$disconnect());

async function draft(phrase: string, visibility: "private" | "group", text: string) {
  return createAnnotation({
    db,
    actor: cast.author,
    sourceId: source.sourceId,
    input: annotationInput(source.text, phrase, { visibility, groupId: cast.groupId, body: note(text) }),
  });
}

const revisionTexts = async (caller: Parameters<typeof listRevisions>[0]["actor"], annotationId: string) =>
  (await listRevisions({ db, actor: caller, annotationId })).revisions.map((r) => r.bodyText);
const replyTexts = async (caller: Parameters<typeof listReplies>[0]["actor"], annotationId: string) =>
  (await listReplies({ db, actor: caller, annotationId })).replies.map((r) => r.bodyText);

describe("a private draft widened to public", () => {
  it("shows a signed-out reader and an outsider only what was written in public", async () => {
    const created = await draft("Suffocating the revolution", "private", "SECRET-1");
    await updateAnnotation({ db, actor: cast.author, id: created.id, input: { version: 1, visibility: "public", body: note("A clean note") } });

    expect(await revisionTexts(null, created.id)).toEqual(["A clean note"]);
    expect(await revisionTexts(cast.outsider, created.id)).toEqual(["A clean note"]);
    expect(await revisionTexts(cast.viewer, created.id)).toEqual(["A clean note"]);
    // The author wrote the draft, so the author still sees it.
    expect(await revisionTexts(cast.author, created.id)).toEqual(["A clean note", "SECRET-1"]);
  });
});

describe("a private draft widened to the group", () => {
  it("keeps revision 1 from the group's viewers and editors", async () => {
    const created = await draft("The climax", "private", "SECRET-2");
    await updateAnnotation({ db, actor: cast.author, id: created.id, input: { version: 1, visibility: "group", body: note("For the group") } });

    for (const member of [cast.viewer, cast.editor, cast.owner]) {
      expect(await revisionTexts(member, created.id)).toEqual(["For the group"]);
    }
    expect(await revisionTexts(cast.author, created.id)).toEqual(["For the group", "SECRET-2"]);
  });
});

describe("replies written while a note was group-only", () => {
  it("stay with the group after the note is made public; later replies are public", async () => {
    const created = await draft("Some examples", "group", "Group talk");
    const groupReply = await createReply({ db, actor: cast.annotator, annotationId: created.id, input: { body: note("GROUP-REPLY") } });
    await updateAnnotation({ db, actor: cast.author, id: created.id, input: { version: 1, visibility: "public" } });
    // A stream replaying the reply's event after the widening judges it as written.
    const event = { seq: 1, sourceId: source.sourceId, kind: "reply", id: groupReply.id, change: "created" } as const;
    expect(await liveEventForViewer({ db, viewer: null, event })).toBeNull();
    expect(await liveEventForViewer({ db, viewer: cast.viewer, event })).toMatchObject({ type: "reply", reply: { id: groupReply.id } });
    await createReply({ db, actor: cast.annotator, annotationId: created.id, input: { body: note("PUBLIC-REPLY") } });

    expect(await replyTexts(null, created.id)).toEqual(["PUBLIC-REPLY"]);
    expect(await replyTexts(cast.outsider, created.id)).toEqual(["PUBLIC-REPLY"]);
    expect(await replyTexts(cast.viewer, created.id)).toEqual(["GROUP-REPLY", "PUBLIC-REPLY"]);
    // Counts do not betray the hidden replies either, in the single read or the list.
    expect((await getAnnotation({ db, actor: null, id: created.id })).replyCount).toBe(1);
    expect((await getAnnotation({ db, actor: cast.viewer, id: created.id })).replyCount).toBe(2);
    const listed = await listAnnotations({ db, actor: null, sourceId: source.sourceId });
    expect(summariesOf(listed, source.text).find((a) => a.id === created.id)?.replyCount).toBe(1);
  });
});

describe("pages", () => {
  it("pages revisions newest first and replies oldest first, to the end", async () => {
    const created = await draft("The climax", "group", "v1");
    for (let version = 1; version <= 4; version += 1) {
      await updateAnnotation({ db, actor: cast.author, id: created.id, input: { version, body: note(`v${version + 1}`) } });
    }
    for (const n of [1, 2, 3, 4, 5]) {
      await createReply({ db, actor: cast.annotator, annotationId: created.id, input: { body: note(`r${n}`) } });
    }

    const revisionPages: string[][] = [];
    let before: number | null | undefined;
    do {
      const page = await listRevisions({ db, actor: cast.viewer, annotationId: created.id, query: { limit: "2", ...(before ? { before: String(before) } : {}) } });
      revisionPages.push(page.revisions.map((r) => r.bodyText));
      before = page.next;
    } while (before !== null);
    expect(revisionPages).toEqual([["v5", "v4"], ["v3", "v2"], ["v1"]]);

    const replyPages: string[][] = [];
    let after: string | null | undefined;
    do {
      const page = await listReplies({ db, actor: cast.viewer, annotationId: created.id, query: { limit: "2", ...(after ? { after } : {}) } });
      replyPages.push(page.replies.map((r) => r.bodyText));
      after = page.next;
    } while (after !== null);
    expect(replyPages).toEqual([["r1", "r2"], ["r3", "r4"], ["r5"]]);
  });

  it("caps a page and refuses a cursor from elsewhere", async () => {
    const created = await draft("Some examples", "group", "capped");
    expect(await failure(listRevisions({ db, actor: cast.viewer, annotationId: created.id, query: { limit: "101" } }))).toMatchObject({ status: 400 });
    const other = await draft("Suffocating the revolution", "group", "other");
    const reply = await createReply({ db, actor: cast.annotator, annotationId: other.id, input: { body: note("elsewhere") } });
    expect(await failure(listReplies({ db, actor: cast.viewer, annotationId: created.id, query: { after: reply.id } }))).toMatchObject({ status: 400 });
  });
});
