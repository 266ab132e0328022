// Finding 1.7 of issue 8: whoever hid a note (or an editor) restores it; owners
// revoke invites and delete a group, with its sources only when they say so.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveAccess } from "@/lib/access";
import { acceptInvite } from "@/lib/groups/accept-invite";
import { createInvite } from "@/lib/groups/create-invite";
import { deleteGroup } from "@/lib/groups/delete-group";
import { revokeInvite } from "@/lib/groups/revoke-invite";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { restoreAnnotation } from "@/lib/annotations/restore-annotation";
import type { Db } from "@/lib/db/client";
import { annotationInput, castGroup, type Cast, failure, storeCorpusFile, type StoredSource, VOGIATZIS } from "./annotations-fixtures";
import { freshDatabase } from "./support/database";

let db: Db;
let cast: Cast;
let source: StoredSource;

beforeAll(async () => {
  db = await freshDatabase();
  cast = await castGroup(db, "mod");
  source = await storeCorpusFile(db, VOGIATZIS, "vogiatzis-moderation");
});
afterAll(() => db.$disconnect());

const annotate = (visibility = "group") =>
  createAnnotation({ db, actor: cast.author, sourceId: source.sourceId, input: annotationInput(source.text, "The climax", { visibility, groupId: cast.groupId }) });
const access = (who: { id: string }) => resolveAccess(db, who);

describe("restoring a hidden annotation", () => {
  it("is refused to the author when an editor hid it, and left to editors", async () => {
    const created = await annotate();
    await deleteAnnotation({ db, actor: cast.editor, id: created.id });
    expect(await failure(restoreAnnotation({ db, actor: cast.author, id: created.id }))).toMatchObject({ status: 403 });
    expect(await restoreAnnotation({ db, actor: cast.owner, id: created.id })).toMatchObject({ deleted: false });
  });

  it("is the author's own undo when the author deleted it", async () => {
    const created = await annotate("public");
    await deleteAnnotation({ db, actor: cast.author, id: created.id });
    expect(await failure(restoreAnnotation({ db, actor: cast.annotator, id: created.id }))).toMatchObject({ status: 403 });
    expect(await restoreAnnotation({ db, actor: cast.author, id: created.id })).toMatchObject({ deleted: false });
    // Hidden again by an editor after that, it stays hidden from the author's undo.
    await deleteAnnotation({ db, actor: cast.editor, id: created.id });
    expect(await failure(restoreAnnotation({ db, actor: cast.author, id: created.id }))).toMatchObject({ status: 403 });
  });
});

describe("revoking an invite", () => {
  it("lets an owner revoke a pending link, which then no longer works", async () => {
    const invite = await createInvite({ db, actor: cast.owner, input: { groupId: cast.groupId, role: "viewer", expiresInDays: 7 } });
    const input = { groupId: cast.groupId, inviteId: invite.id };
    expect(await failure(revokeInvite({ db, actor: await access(cast.editor), input }))).toMatchObject({ status: 403 });
    expect(await failure(revokeInvite({ db, actor: await access(cast.outsider), input }))).toMatchObject({ status: 404 });
    expect(await failure(revokeInvite({ db, actor: null, input }))).toMatchObject({ status: 401 });
    expect(await revokeInvite({ db, actor: await access(cast.owner), input })).toEqual({ id: invite.id });
    expect(await failure(acceptInvite({ db, actor: cast.outsider, input: { token: invite.token } }))).toMatchObject({ code: "invite_unknown" });
    expect(await failure(revokeInvite({ db, actor: await access(cast.owner), input }))).toMatchObject({ status: 404 });
  });
});

describe("deleting a group", () => {
  it("refuses while the group owns sources unless the owner deletes them with it", async () => {
    const group = await castGroup(db, "doomed");
    const owned = await storeCorpusFile(db, VOGIATZIS, "doomed-source");
    await db.source.update({ where: { id: owned.sourceId }, data: { groupId: group.groupId } });
    const owner = await access(group.owner);
    const input = { groupId: group.groupId, confirmName: group.groupName, withSources: false };

    expect(await failure(deleteGroup({ db, actor: await access(group.editor), input }))).toMatchObject({ status: 403 });
    expect(await failure(deleteGroup({ db, actor: owner, input: { ...input, confirmName: "wrong" } }))).toMatchObject({ status: 400 });
    expect(await failure(deleteGroup({ db, actor: owner, input }))).toMatchObject({ code: "group_has_sources", status: 409 });
    expect(await db.group.count({ where: { id: group.groupId } })).toBe(1);

    expect(await deleteGroup({ db, actor: owner, input: { ...input, withSources: true } })).toEqual({ id: group.groupId, deletedSources: 1 });
    expect(await db.group.count({ where: { id: group.groupId } })).toBe(0);
    expect(await db.source.count({ where: { id: owned.sourceId } })).toBe(0);
  });

  it("deletes a group without sources on the owner's word", async () => {
    const group = await castGroup(db, "empty");
    const input = { groupId: group.groupId, confirmName: group.groupName, withSources: false };
    expect(await deleteGroup({ db, actor: await access(group.owner), input })).toEqual({ id: group.groupId, deletedSources: 0 });
    expect(await db.membership.count({ where: { groupId: group.groupId } })).toBe(0);
  });
});
