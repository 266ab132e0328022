// Who is calling, as lib/policy needs it. Roles are looked up per group because a
// caller's role differs between the source's group and the annotation's group.
import type { Db } from "@/lib/db/client";
import { groupIdsForUser, roleInGroup } from "@/lib/groups/membership";
import type { Actor, Role, VisibilityActor } from "@/lib/policy";

/** The signed-in user as lib/auth/session's getSessionUser returns it; null when signed out. */
export interface Caller {
  id: string;
}

export async function actorIn(client: Db, caller: Caller | null, groupId: string | null): Promise<Actor | null> {
  if (caller === null) return null;
  const role = groupId === null ? null : await roleInGroup(client, caller.id, groupId);
  return { userId: caller.id, role };
}

/** The caller's role in each of `groupIds`, for DTOs of annotations from several groups. */
export async function rolesIn(client: Db, caller: Caller | null, groupIds: (string | null)[]): Promise<Map<string, Role | null>> {
  const roles = new Map<string, Role | null>();
  if (caller === null) return roles;
  for (const groupId of new Set(groupIds)) {
    if (groupId !== null) roles.set(groupId, await roleInGroup(client, caller.id, groupId));
  }
  return roles;
}

export function actorFrom(caller: Caller | null, roles: Map<string, Role | null>, groupId: string | null): Actor | null {
  if (caller === null) return null;
  return { userId: caller.id, role: groupId === null ? null : (roles.get(groupId) ?? null) };
}

export async function visibilityActor(client: Db, caller: Caller | null): Promise<VisibilityActor | null> {
  if (caller === null) return null;
  return { userId: caller.id, groupIds: await groupIdsForUser(client, caller.id) };
}
