import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { createLink } from "@/lib/annotations/create-link";
import { createReply } from "@/lib/annotations/create-reply";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import type { ConflictDto } from "@/lib/annotations/dto";
import { getAnnotation } from "@/lib/annotations/get-annotation";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { listReplies } from "@/lib/annotations/list-replies";
import { listRevisions } from "@/lib/annotations/list-revisions";
import { errorResponse } from "@/lib/http";
import { restoreAnnotation } from "@/lib/annotations/restore-annotation";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import type { Db } from "@/lib/db/client";
import { annotationInput, castGroup, type Cast, failure, GREAT_PURGE, note, storeCorpusFile, type StoredSource, VOGIATZIS } from "./annotations-fixtures";
import type { Person } from "./annotations-fixtures";
import { freshDatabase } from "./support/database";

let db: Db;
let cast: Cast;
let vogiatzis: StoredSource;
let purge: StoredSource;

beforeAll(async () => {
  db = await freshDatabase();
  cast = await castGroup(db, "svc");
  vogiatzis = await storeCorpusFile(db, VOGIATZIS, "vogiatzis");
  purge = await storeCorpusFile(db, GREAT_PURGE, "great-purge");
});
afterAll(() => db.$disconnect());

const KRESTINSKY = "I do not recognize that I am guilty. I am not a Trotskyite.";

async function annotate(phrase: string, overrides: Record<string, unknown> = {}, caller: Person | null = cast.author, source = vogiatzis) {
  return createAnnotation({ db, actor: caller, sourceId: source.sourceId, input: annotationInput(source.text, phrase, { groupId: cast.groupId, ...overrides }) });
}

describe("creating", () => {
  it("stores the server's own quote and context, and revision 1", async () => {
    const created = await annotate(KRESTINSKY, { layer: "primary_document", tags: [" Krestinsky ", "trial 1938", "krestinsky"], prefix: "forged", suffix: "forged" });
    const start = vogiatzis.text.indexOf(KRESTINSKY);
    expect(created).toMatchObject({
      sourceId: vogiatzis.sourceId,
      versionId: vogiatzis.versionId,
      groupId: cast.groupId,
      groupName: cast.groupName,
      author: { id: cast.author.id, name: "svc author" },
      start,
      end: start + KRESTINSKY.length,
      exact: KRESTINSKY,
      prefix: vogiatzis.text.slice(start - 32, start),
      suffix: vogiatzis.text.slice(start + KRESTINSKY.length, start + KRESTINSKY.length + 32),
      anchorStatus: "exact",
      version: 1,
      deleted: false,
      tags: ["Krestinsky", "trial 1938"],
      replyCount: 0,
      links: [],
      citation: null,
      can: { edit: true, delete: true, reply: true, link: true, visibilities: ["private", "group", "public"] },
    });
    const { revisions } = await listRevisions({ db, actor: cast.viewer, annotationId: created.id });
    expect(revisions).toEqual([expect.objectContaining({ version: 1, editor: { id: cast.author.id, name: "svc author" }, bodyText: created.bodyText })]);
  });

  it("keeps an archival citation", async () => {
    const created = await annotate("Horror in numbers", {
      layer: "archival_finding",
      citation: { archive: "RGASPI", fond: "17", opis: "171", delo: "427", list: "11-12", documentDate: "" },
    });
    expect(created.citation).toEqual({ archive: "RGASPI", fond: "17", opis: "171", delo: "427", list: "11-12", publishedIn: null, documentDate: null, url: null });

    const corrected = await updateAnnotation({ db, actor: cast.author, id: created.id, input: { version: 1, citation: { archive: "RGASPI", fond: "17", opis: "162", delo: "22", list: "15ob" } } });
    expect(corrected.citation).toEqual({ archive: "RGASPI", fond: "17", opis: "162", delo: "22", list: "15ob", publishedIn: null, documentDate: null, url: null });
    expect(await db.archivalCitation.count({ where: { annotationId: created.id } })).toBe(1);
    // A change of the note alone keeps the citation; null removes it.
    expect((await updateAnnotation({ db, actor: cast.author, id: created.id, input: { version: 2, tags: ["nkvd"] } })).citation).toMatchObject({ opis: "162" });
    expect((await updateAnnotation({ db, actor: cast.author, id: created.id, input: { version: 3, citation: null } })).citation).toBeNull();
    expect((await failure(updateAnnotation({ db, actor: cast.author, id: created.id, input: { version: 4, citation: { url: "javascript:alert(1)" } } }))).status).toBe(400);

    // Each revision keeps the citation in force after it, so the history shows the corrections.
    const { revisions } = await listRevisions({ db, actor: cast.author, annotationId: created.id });
    expect(revisions.map((r) => [r.version, r.citation?.opis ?? null, r.citation?.delo ?? null])).toEqual([
      [4, null, null],
      [3, "162", "22"],
      [2, "162", "22"],
      [1, "171", "427"],
    ]);
  });

  it("refuses a quote that is not the text at those offsets", async () => {
    const input = annotationInput(vogiatzis.text, KRESTINSKY, { groupId: cast.groupId, exact: "I recognize that I am guilty." });
    const refused = await failure(createAnnotation({ db, actor: cast.author, sourceId: vogiatzis.sourceId, input }));
    expect(refused).toMatchObject({ code: "quote_mismatch", status: 400 });
    const outside = annotationInput(vogiatzis.text, KRESTINSKY, { groupId: cast.groupId, start: vogiatzis.text.length - 2, end: vogiatzis.text.length + 40 });
    expect(await failure(createAnnotation({ db, actor: cast.author, sourceId: vogiatzis.sourceId, input: outside }))).toMatchObject({ code: "invalid_range", status: 400 });
  });

  it("refuses a hostile note with validateBody's reason", async () => {
    const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] };
    const refused = await failure(annotate(KRESTINSKY, { body }));
    expect(refused).toMatchObject({ code: "invalid_body", status: 400 });
    expect(refused.message).toMatch(/^body: .*javascript: is not allowed/);
    const html = await failure(annotate(KRESTINSKY, { body: { type: "doc", content: [{ type: "paragraph", html: "<img onerror=alert(1)>" }] } }));
    expect(html).toMatchObject({ code: "invalid_body", status: 400 });
  });

  it("refuses too many or too long tags", async () => {
    const many = Array.from({ length: 21 }, (_, i) => `tag ${i}`);
    expect(await failure(annotate(KRESTINSKY, { tags: many }))).toMatchObject({ code: "invalid_input", status: 400 });
    expect(await failure(annotate(KRESTINSKY, { tags: ["x".repeat(41)] }))).toMatchObject({ code: "invalid_input" });
  });

  it("asks lib/policy: signed out 401, viewer 403, outsider 404", async () => {
    expect(await failure(annotate(KRESTINSKY, {}, null))).toMatchObject({ status: 401 });
    expect(await failure(annotate(KRESTINSKY, {}, cast.viewer))).toMatchObject({ code: "forbidden", status: 403 });
    expect(await failure(annotate(KRESTINSKY, {}, cast.outsider))).toMatchObject({ code: "not_found", status: 404 });
    // Shared annotations belong to a group; a private note needs none.
    expect(await failure(annotate(KRESTINSKY, { groupId: null, visibility: "public" }, cast.outsider))).toMatchObject({ status: 403 });
    const mine = await annotate(KRESTINSKY, { groupId: null, visibility: "private" }, cast.outsider);
    expect(mine).toMatchObject({ groupId: null, visibility: "private" });
  });
});

describe("editing", () => {
  it("bumps the version, records who edited, and answers a stale edit with 409 and the current one", async () => {
    const created = await annotate(KRESTINSKY);
    const edited = await updateAnnotation({ db, actor: cast.author, id: created.id, input: { version: 1, layer: "rebuttal", body: note("Retracted the next day.") } });
    expect(edited).toMatchObject({ version: 2, layer: "rebuttal", bodyText: "Retracted the next day.", exact: KRESTINSKY });
    // Group editors may correct others' annotations.
    const corrected = await updateAnnotation({ db, actor: cast.editor, id: created.id, input: { version: 2, tags: ["1938"] } });
    expect(corrected).toMatchObject({ version: 3, tags: ["1938"], layer: "rebuttal" });

    const stale = updateAnnotation({ db, actor: cast.author, id: created.id, input: { version: 2, body: note("my older draft") } });
    const refused = await failure(stale);
    expect(refused).toMatchObject({ code: "stale", status: 409 });
    const response = errorResponse(refused.error);
    expect(response.status).toBe(409);
    const body: ConflictDto = await response.json();
    expect(body.current).toMatchObject({ id: created.id, version: 3, tags: ["1938"], bodyText: "Retracted the next day." });

    const { revisions } = await listRevisions({ db, actor: cast.author, annotationId: created.id });
    expect(revisions.map((r) => [r.version, r.editor.id, r.layer, r.tags])).toEqual([
      [3, cast.editor.id, "rebuttal", ["1938"]],
      [2, cast.author.id, "rebuttal", []],
      [1, cast.author.id, "primary_document", []],
    ]);
  });

  it("lets only allowed roles edit, and only the author change visibility", async () => {
    const created = await annotate(KRESTINSKY);
    expect(await failure(updateAnnotation({ db, actor: cast.annotator, id: created.id, input: { version: 1, layer: "rebuttal" } }))).toMatchObject({ status: 403 });
    expect(await failure(updateAnnotation({ db, actor: cast.viewer, id: created.id, input: { version: 1, layer: "rebuttal" } }))).toMatchObject({ status: 403 });
    expect(await failure(updateAnnotation({ db, actor: cast.editor, id: created.id, input: { version: 1, visibility: "private" } }))).toMatchObject({ status: 403 });
    expect(await failure(updateAnnotation({ db, actor: cast.author, id: created.id, input: { version: 1 } }))).toMatchObject({ code: "invalid_input" });
    const hidden = await updateAnnotation({ db, actor: cast.author, id: created.id, input: { version: 1, visibility: "private" } });
    expect(hidden.visibility).toBe("private");
    expect(await failure(getAnnotation({ db, actor: cast.editor, id: created.id }))).toMatchObject({ status: 404 });
  });
});

describe("deleting", () => {
  it("soft-deletes and restores, keeping revisions and replies", async () => {
    const created = await annotate(KRESTINSKY);
    await createReply({ db, actor: cast.annotator, annotationId: created.id, input: { body: note("Compare the 1938 transcript.") } });
    expect(await failure(deleteAnnotation({ db, actor: cast.viewer, id: created.id }))).toMatchObject({ status: 403 });
    const deleted = await deleteAnnotation({ db, actor: cast.author, id: created.id });
    expect(deleted).toMatchObject({ id: created.id, deleted: true });
    expect(await failure(getAnnotation({ db, actor: cast.author, id: created.id }))).toMatchObject({ status: 404 });
    const listed = await listAnnotations({ db, actor: cast.author, sourceId: vogiatzis.sourceId });
    expect(listed.annotations.map(([id]) => id)).not.toContain(created.id);
    expect(await failure(deleteAnnotation({ db, actor: cast.author, id: created.id }))).toMatchObject({ status: 404 });

    const restored = await restoreAnnotation({ db, actor: cast.author, id: created.id });
    expect(restored).toMatchObject({ id: created.id, deleted: false, version: 1, replyCount: 1 });
    expect((await listRevisions({ db, actor: cast.author, annotationId: created.id })).revisions).toHaveLength(1);
  });

  it("lets a group editor hide someone else's annotation", async () => {
    const created = await annotate(KRESTINSKY);
    expect(await deleteAnnotation({ db, actor: cast.editor, id: created.id })).toMatchObject({ deleted: true });
    expect(await failure(restoreAnnotation({ db, actor: cast.annotator, id: created.id }))).toMatchObject({ status: 403 });
    expect(await restoreAnnotation({ db, actor: cast.editor, id: created.id })).toMatchObject({ deleted: false });
  });
});

describe("replies", () => {
  it("threads replies from contributors, oldest first, readable by viewers", async () => {
    const created = await annotate(KRESTINSKY);
    const first = await createReply({ db, actor: cast.annotator, annotationId: created.id, input: { body: note("First.") } });
    await createReply({ db, actor: cast.owner, annotationId: created.id, input: { body: note("Second.") } });
    expect(first).toMatchObject({ annotationId: created.id, author: { id: cast.annotator.id }, bodyText: "First." });
    expect(await failure(createReply({ db, actor: cast.viewer, annotationId: created.id, input: { body: note("Me too") } }))).toMatchObject({ status: 403 });
    expect(await failure(createReply({ db, actor: cast.annotator, annotationId: created.id, input: { body: note("   ") } }))).toMatchObject({ code: "invalid_input" });
    const thread = await listReplies({ db, actor: cast.viewer, annotationId: created.id });
    expect(thread.replies.map((r) => r.bodyText)).toEqual(["First.", "Second."]);
    expect(await failure(listReplies({ db, actor: cast.outsider, annotationId: created.id }))).toMatchObject({ status: 404 });
    expect((await getAnnotation({ db, actor: cast.viewer, id: created.id })).replyCount).toBe(2);
  });
});

describe("links", () => {
  it("links annotations across two sources, shown from both ends", async () => {
    const claim = await annotate("Although no hard evidence has been found", { layer: "apologist_claim" });
    const finding = await annotate("Great Purge", { layer: "archival_finding" }, cast.annotator, purge);
    const link = await createLink({ db, actor: cast.annotator, fromId: finding.id, input: { toId: claim.id, kind: "refutes", note: "  NKVD files  " } });
    expect(link).toMatchObject({ kind: "refutes", direction: "from", otherId: claim.id, otherSourceId: vogiatzis.sourceId, otherSourceSlug: "vogiatzis", otherSourceTitle: `Test copy of ${VOGIATZIS}`, note: "NKVD files" });

    const claimNow = await getAnnotation({ db, actor: cast.viewer, id: claim.id });
    expect(claimNow.links).toEqual([expect.objectContaining({ direction: "to", kind: "refutes", otherId: finding.id, otherSourceId: purge.sourceId, otherSourceSlug: "great-purge", otherExact: "Great Purge" })]);
    // Addresses are built with the slug: /sources/<slug>?annotation=<id>.
    expect(claimNow.sourceSlug).toBe("vogiatzis");
    expect(await failure(createLink({ db, actor: cast.annotator, fromId: finding.id, input: { toId: claim.id, kind: "refutes" } }))).toMatchObject({ code: "link_exists", status: 409 });
    expect(await failure(createLink({ db, actor: cast.annotator, fromId: finding.id, input: { toId: finding.id, kind: "cites" } }))).toMatchObject({ status: 400 });
    expect(await failure(createLink({ db, actor: cast.annotator, fromId: finding.id, input: { toId: claim.id, kind: "debunks" } }))).toMatchObject({ code: "invalid_input" });
  });

  it("stores a quotes link, the kind the compare view keeps a shared passage as", async () => {
    const quoted = await annotate("Great Purge", { layer: "primary_document" }, cast.annotator, purge);
    const quoting = await annotate("Although no hard evidence has been found", { layer: "rebuttal" });
    const link = await createLink({ db, actor: cast.author, fromId: quoting.id, input: { toId: quoted.id, kind: "quotes" } });
    expect(link).toMatchObject({ kind: "quotes", direction: "from", otherId: quoted.id });
    const quotedNow = await getAnnotation({ db, actor: cast.viewer, id: quoted.id });
    expect(quotedNow.links).toEqual([expect.objectContaining({ direction: "to", kind: "quotes", otherId: quoting.id })]);
  });

  it("refuses a target the caller cannot read, and hides links to notes the reader cannot see", async () => {
    const secret = await annotate(KRESTINSKY, { visibility: "private" }, cast.owner);
    const mine = await annotate("Horror in numbers", {}, cast.annotator);
    expect(await failure(createLink({ db, actor: cast.annotator, fromId: mine.id, input: { toId: secret.id, kind: "cites" } }))).toMatchObject({ status: 404 });
    await createLink({ db, actor: cast.owner, fromId: secret.id, input: { toId: mine.id, kind: "supports" } });
    expect((await getAnnotation({ db, actor: cast.owner, id: mine.id })).links).toHaveLength(1);
    expect((await getAnnotation({ db, actor: cast.annotator, id: mine.id })).links).toEqual([]);
  });
});

describe("a group's own source", () => {
  it("keeps its annotations inside the group", async () => {
    const owned = await storeCorpusFile(db, GREAT_PURGE, "purge-for-the-group");
    await db.source.update({ where: { id: owned.sourceId }, data: { groupId: cast.groupId } });
    expect(await failure(annotate("Great Purge", { visibility: "public" }, cast.author, owned))).toMatchObject({ code: "invalid_input" });
    const shared = await annotate("Great Purge", {}, cast.author, owned);
    expect(await failure(listAnnotations({ db, actor: cast.outsider, sourceId: owned.sourceId }))).toMatchObject({ status: 404 });
    expect(await failure(listAnnotations({ db, actor: null, sourceId: owned.sourceId }))).toMatchObject({ status: 404 });
    expect((await listAnnotations({ db, actor: cast.viewer, sourceId: owned.sourceId })).annotations.map(([id]) => id)).toEqual([shared.id]);
  });

  it("offers each caller exactly the visibilities an edit may switch to", async () => {
    const owned = await storeCorpusFile(db, GREAT_PURGE, "purge-for-choices");
    await db.source.update({ where: { id: owned.sourceId }, data: { groupId: cast.groupId } });
    const mine = await annotate("Great Purge", {}, cast.author, owned);
    const asAuthor = await getAnnotation({ db, actor: cast.author, id: mine.id });
    expect(asAuthor.can.visibilities).toEqual(["private", "group"]);
    // An editor may correct the note but not decide who sees it; a viewer cannot edit at all.
    expect((await getAnnotation({ db, actor: cast.editor, id: mine.id })).can).toMatchObject({ edit: true, visibilities: ["group"] });
    expect((await getAnnotation({ db, actor: cast.viewer, id: mine.id })).can).toMatchObject({ edit: false, visibilities: ["group"] });
    // What is offered is what the server takes, and what is not offered it refuses.
    const update = (visibility: string, version: number, caller = cast.author) =>
      updateAnnotation({ db, actor: caller, id: mine.id, input: { version, visibility } });
    expect(await failure(update("public", 1))).toMatchObject({ code: "invalid_input" });
    expect(await failure(update("private", 1, cast.editor))).toMatchObject({ status: 403 });
    expect((await update("private", 1)).visibility).toBe("private");
  });
});
