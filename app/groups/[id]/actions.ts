"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { getRequestAccess, requireRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { changeMemberRole } from "@/lib/groups/change-member-role";
import { createInvite } from "@/lib/groups/create-invite";
import { deleteGroup } from "@/lib/groups/delete-group";
import { removeMember } from "@/lib/groups/remove-member";
import { revokeInvite } from "@/lib/groups/revoke-invite";
import { changeMemberRoleInput, createInviteInput, removeMemberInput } from "@/lib/groups/schemas";
import { type ActionResult, type ActionState, formFields, parseInput, runAction } from "@/lib/http";
import type { Role } from "@/lib/policy";

// Each action: session, one schema, one service call; lib/policy decides inside the service.

export interface InviteLink {
  path: string;
  role: Role;
  expiresAt: string;
}

export async function createInviteAction(_previous: ActionState<InviteLink>, form: FormData): Promise<ActionResult<InviteLink>> {
  const result = await runAction(async () => {
    const actor = await requireRequestAccess();
    const invite = await createInvite({ db: db(), actor, input: parseInput(createInviteInput, formFields(form)) });
    return { path: invite.path, role: invite.role, expiresAt: invite.expiresAt.toISOString() };
  });
  if (result.ok) refresh();
  return result;
}

export async function changeRoleAction(_previous: ActionState<{ role: Role }>, form: FormData): Promise<ActionResult<{ role: Role }>> {
  const result = await runAction(async () => {
    const actor = await requireRequestAccess();
    const changed = await changeMemberRole({ db: db(), actor, input: parseInput(changeMemberRoleInput, formFields(form)) });
    return { role: changed.role };
  });
  if (result.ok) refresh();
  return result;
}

export async function removeMemberAction(_previous: ActionState<{ left: boolean }>, form: FormData): Promise<ActionResult<{ left: boolean }>> {
  const result = await runAction(async () => {
    const actor = await requireRequestAccess();
    const removed = await removeMember({ db: db(), actor, input: parseInput(removeMemberInput, formFields(form)) });
    return { left: removed.userId === actor.userId };
  });
  // An owner who removed themselves can no longer see the group.
  if (result.ok && result.data.left) redirect("/groups");
  if (result.ok) refresh();
  return result;
}

export async function revokeInviteAction(_previous: ActionState<{ id: string }>, form: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await runAction(async () => revokeInvite({ db: db(), actor: await getRequestAccess(), input: formFields(form) }));
  if (result.ok) refresh();
  return result;
}

export async function deleteGroupAction(_previous: ActionState<{ id: string }>, form: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await runAction(async () => {
    const deleted = await deleteGroup({ db: db(), actor: await getRequestAccess(), input: formFields(form) });
    return { id: deleted.id };
  });
  if (result.ok) redirect("/groups");
  return result;
}
