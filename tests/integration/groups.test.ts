import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveAccess } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { acceptInvite } from "@/lib/groups/accept-invite";
import { changeMemberRole } from "@/lib/groups/change-member-role";
import { createGroup } from "@/lib/groups/create-group";
import { createInvite } from "@/lib/groups/create-invite";
import { describeInvite } from "@/lib/groups/describe-invite";
import { getGroupForMember } from "@/lib/groups/get-group-for-member";
import { hashInviteToken } from "@/lib/groups/invite-token";
import { listGroupsForUser } from "@/lib/groups/list-groups-for-user";
import { roleInGroup } from "@/lib/groups/membership";
import { removeMember } from "@/lib/groups/remove-member";
import { createInviteInput } from "@/lib/groups/schemas";
import { AppError, describeError } from "@/lib/http";
import { PolicyError } from "@/lib/policy";
import { freshDatabase } from "./support/database";
import { makeUser } from "./support/users";

const DAY = 24 * 60 * 60 * 1000;

let db: Db;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(async () => {
  await db.$disconnect();
});

// The services as a request calls them: the caller's access is resolved first, then passed in.
const as = async (userId: string) => {
  const access = await resolveAccess(db, { id: userId });
  if (access === null) throw new Error("no access for a user id");
  return access;
};
const createGroupAs = async (userId: string, input: { name: string }) => createGroup({ db, actor: await as(userId), input });
const acceptInviteAs = async (userId: string, input: { token: string }) => acceptInvite({ db, actor: await as(userId), input });
const describeInviteAs = async (userId: string, input: { token: string }) => describeInvite({ db, actor: await as(userId), input });
const changeMemberRoleAs = async (userId: string, input: Parameters<typeof changeMemberRole>[0]["input"]) =>
  changeMemberRole({ db, actor: await as(userId), input });
const removeMemberAs = async (userId: string, input: { groupId: string; userId: string }) => removeMember({ db, actor: await as(userId), input });
const getGroupForMemberAs = async (userId: string, groupId: string) => getGroupForMember({ db, actor: await as(userId), input: { groupId } });
const listGroupsForUserAs = async (userId: string) => listGroupsForUser({ db, actor: await as(userId) });
const invite = async (userId: string, groupId: string, role: "editor" | "annotator" | "viewer", now?: Date, expiresInDays?: number) =>
  createInvite({ db, actor: await as(userId), input: createInviteInput.parse({ groupId, role, expiresInDays }), now });

/** A group with an owner and one member of each other role. */
async function seminar() {
  const owner = await makeUser(db, "Owner");
  const editor = await makeUser(db, "Editor");
  const annotator = await makeUser(db, "Annotator");
  const viewer = await makeUser(db, null);
  const group = await createGroupAs(owner.id, { name: "Moscow Trials seminar" });
  for (const [user, role] of [[editor, "editor"], [annotator, "annotator"], [viewer, "viewer"]] as const) {
    const { token } = await invite(owner.id, group.id, role);
    await acceptInviteAs(user.id, { token });
  }
  return { owner, editor, annotator, viewer, group };
}

async function policyFailure(promise: Promise<unknown>): Promise<PolicyError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PolicyError) return error;
    throw error;
  }
  throw new Error("expected a PolicyError");
}

describe("creating groups", () => {
  it("makes the creator the owner", async () => {
    const user = await makeUser(db, "Founder");
    const group = await createGroupAs(user.id, { name: "Archive readers" });
    expect(await roleInGroup(db, user.id, group.id)).toBe("owner");
    expect([...(await as(user.id)).roles]).toEqual([[group.id, "owner"]]);
    expect(await listGroupsForUserAs(user.id)).toEqual([
      { id: group.id, name: "Archive readers", role: "owner", memberCount: 1, createdAt: expect.any(Date) },
    ]);
  });

  it("refuses an actor without a user id instead of matching every row", async () => {
    await expect(resolveAccess(db, { id: "" })).rejects.toMatchObject({ code: "invalid_actor" });
    await expect(resolveAccess(db, { id: "   " })).rejects.toMatchObject({ code: "invalid_actor" });
    await expect(roleInGroup(db, "", "any")).rejects.toMatchObject({ code: "invalid_actor" });
  });
});

describe("invites", () => {
  it("stores only the token's sha256 and lets a signed-in user join with the invite's role", async () => {
    const { owner, group } = await seminar();
    const joiner = await makeUser(db, "Student");
    const created = await invite(owner.id, group.id, "annotator");
    expect(created.path).toBe(`/invite/${created.token}`);
    expect(created.expiresAt.getTime() - Date.now()).toBeGreaterThan(7 * DAY - 60_000);
    const row = await db.invite.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashInviteToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);

    expect(await describeInviteAs(joiner.id, { token: created.token })).toMatchObject({
      groupId: group.id,
      groupName: "Moscow Trials seminar",
      role: "annotator",
      currentRole: null,
    });
    expect(await acceptInviteAs(joiner.id, { token: created.token })).toEqual({ groupId: group.id, role: "annotator", alreadyMember: false });
    expect(await roleInGroup(db, joiner.id, group.id)).toBe("annotator");
    expect((await db.invite.findUniqueOrThrow({ where: { id: created.id } })).usedAt).not.toBeNull();
  });

  it("refuses a used token", async () => {
    const { owner, group } = await seminar();
    const { token } = await invite(owner.id, group.id, "viewer");
    await acceptInviteAs((await makeUser(db)).id, { token });
    const late = await makeUser(db);
    await expect(acceptInviteAs(late.id, { token })).rejects.toMatchObject({ code: "invite_used", status: 410 });
    await expect(describeInviteAs(late.id, { token })).rejects.toMatchObject({ code: "invite_used" });
    expect(await roleInGroup(db, late.id, group.id)).toBeNull();
  });

  it("refuses an expired token and an unknown one", async () => {
    const { owner, group } = await seminar();
    const past = new Date(Date.now() - 3 * DAY);
    const { token } = await invite(owner.id, group.id, "editor", past, 2);
    const joiner = await makeUser(db);
    const expired = acceptInviteAs(joiner.id, { token });
    await expect(expired).rejects.toBeInstanceOf(AppError);
    await expect(expired).rejects.toMatchObject({ code: "invite_expired", status: 410, message: expect.stringMatching(/expired/) });
    await expect(acceptInviteAs(joiner.id, { token: "A".repeat(43) })).rejects.toMatchObject({ code: "invite_unknown", status: 404 });
    expect(await roleInGroup(db, joiner.id, group.id)).toBeNull();
  });

  it("leaves an existing member's role and the invite alone", async () => {
    const { owner, viewer, group } = await seminar();
    const created = await invite(owner.id, group.id, "editor");
    expect(await acceptInviteAs(viewer.id, { token: created.token })).toEqual({ groupId: group.id, role: "viewer", alreadyMember: true });
    expect((await db.invite.findUniqueOrThrow({ where: { id: created.id } })).usedAt).toBeNull();
  });

  it("lets only owners invite (403 for members, 404 for outsiders)", async () => {
    const { editor, viewer, group } = await seminar();
    const outsider = await makeUser(db);
    const forEditor = await policyFailure(invite(editor.id, group.id, "viewer"));
    expect(forEditor).toMatchObject({ code: "forbidden", status: 403 });
    expect((await policyFailure(invite(viewer.id, group.id, "viewer"))).status).toBe(403);
    expect((await policyFailure(invite(outsider.id, group.id, "viewer"))).status).toBe(404);
    expect(describeError(forEditor)).toMatchObject({ status: 403, body: { code: "forbidden", message: forEditor.message } });
  });

  it("lets only one of two people racing on one link join", async () => {
    const { owner, group } = await seminar();
    const { token } = await invite(owner.id, group.id, "viewer");
    const racers = await Promise.all([makeUser(db), makeUser(db), makeUser(db)]);
    const results = await Promise.allSettled(racers.map((r) => acceptInviteAs(r.id, { token })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const members = await Promise.all(racers.map((r) => roleInGroup(db, r.id, group.id)));
    expect(members.filter((role) => role === "viewer")).toHaveLength(1);
  });
});

describe("roles and members", () => {
  it("lets the owner change roles", async () => {
    const { owner, viewer, group } = await seminar();
    expect(await changeMemberRoleAs(owner.id, { groupId: group.id, userId: viewer.id, role: "editor" })).toEqual({ userId: viewer.id, role: "editor" });
    expect(await roleInGroup(db, viewer.id, group.id)).toBe("editor");
  });

  it("refuses role changes by non-owners with 403, by outsiders with 404", async () => {
    const { editor, annotator, viewer, group } = await seminar();
    const byEditor = await policyFailure(changeMemberRoleAs(editor.id, { groupId: group.id, userId: viewer.id, role: "editor" }));
    expect(byEditor).toMatchObject({ code: "forbidden", status: 403, message: "Only group owners can manage members." });
    // Nor may anyone promote themselves.
    expect((await policyFailure(changeMemberRoleAs(annotator.id, { groupId: group.id, userId: annotator.id, role: "owner" }))).status).toBe(403);
    const outsider = await makeUser(db);
    expect((await policyFailure(changeMemberRoleAs(outsider.id, { groupId: group.id, userId: viewer.id, role: "owner" }))).status).toBe(404);
    expect(await roleInGroup(db, viewer.id, group.id)).toBe("viewer");
    expect(await roleInGroup(db, annotator.id, group.id)).toBe("annotator");
  });

  it("keeps at least one owner", async () => {
    const { owner, editor, group } = await seminar();
    await expect(changeMemberRoleAs(owner.id, { groupId: group.id, userId: owner.id, role: "editor" })).rejects.toMatchObject({ code: "last_owner", status: 409 });
    await expect(removeMemberAs(owner.id, { groupId: group.id, userId: owner.id })).rejects.toMatchObject({ code: "last_owner" });
    expect(await roleInGroup(db, owner.id, group.id)).toBe("owner");

    // With a second owner, the first may step down or leave.
    await changeMemberRoleAs(owner.id, { groupId: group.id, userId: editor.id, role: "owner" });
    await changeMemberRoleAs(owner.id, { groupId: group.id, userId: owner.id, role: "editor" });
    expect(await roleInGroup(db, owner.id, group.id)).toBe("editor");
    await expect(removeMemberAs(editor.id, { groupId: group.id, userId: editor.id })).rejects.toMatchObject({ code: "last_owner" });
  });

  it("lets the owner remove members, and only the owner", async () => {
    const { owner, editor, viewer, group } = await seminar();
    expect((await policyFailure(removeMemberAs(editor.id, { groupId: group.id, userId: viewer.id }))).status).toBe(403);
    expect(await removeMemberAs(owner.id, { groupId: group.id, userId: viewer.id })).toEqual({ userId: viewer.id });
    expect(await roleInGroup(db, viewer.id, group.id)).toBeNull();
    await expect(removeMemberAs(owner.id, { groupId: group.id, userId: viewer.id })).rejects.toMatchObject({ code: "not_found", status: 404 });
  });

  it("two owners demoting each other at once leave one owner", async () => {
    const { owner, editor, group } = await seminar();
    await changeMemberRoleAs(owner.id, { groupId: group.id, userId: editor.id, role: "owner" });
    const results = await Promise.allSettled([
      changeMemberRoleAs(owner.id, { groupId: group.id, userId: editor.id, role: "viewer" }),
      changeMemberRoleAs(editor.id, { groupId: group.id, userId: owner.id, role: "viewer" }),
    ]);
    const owners = await db.membership.count({ where: { groupId: group.id, role: "owner" } });
    expect(owners).toBe(1);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(1);
  });
});

describe("reading a group", () => {
  it("shows members to members, with emails and pending invites to owners only", async () => {
    const { owner, viewer, group } = await seminar();
    await invite(owner.id, group.id, "viewer");
    const forOwner = await getGroupForMemberAs(owner.id, group.id);
    expect(forOwner).toMatchObject({ name: "Moscow Trials seminar", myRole: "owner", canManageMembers: true, canInvite: true });
    expect(forOwner.members.map((m) => m.role)).toEqual(["owner", "editor", "annotator", "viewer"]);
    expect(forOwner.members.every((m) => m.email !== null)).toBe(true);
    // Invites used by the seed are not pending; the fresh one is.
    expect(forOwner.pendingInvites).toHaveLength(1);

    const forViewer = await getGroupForMemberAs(viewer.id, group.id);
    expect(forViewer).toMatchObject({ myRole: "viewer", canManageMembers: false, canInvite: false, pendingInvites: [] });
    expect(forViewer.members.every((m) => m.email === null)).toBe(true);
    // A member without a name is shown by their email's local part.
    expect(forViewer.members.find((m) => m.userId === viewer.id)?.name).toBe(viewer.email.split("@")[0]);
  });

  it("tells outsiders the group does not exist", async () => {
    const { group } = await seminar();
    const outsider = await makeUser(db);
    expect(await policyFailure(getGroupForMemberAs(outsider.id, group.id))).toMatchObject({ status: 404 });
    expect(await policyFailure(getGroupForMemberAs(outsider.id, "no-such-group"))).toMatchObject({ status: 404 });
  });
});
