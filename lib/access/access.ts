// The caller of one request, resolved once (lib/access/resolve-access.ts) and
// passed to every service: who they are and their role in each of their groups.
// Pure: the policy's actors are derived from it without another query.
import type { Actor, Role, VisibilityActor } from "@/lib/policy";
import { requireUserId } from "@/lib/policy/actor";

export interface Access {
  readonly userId: string;
  /** The caller's role in each group they belong to; a group missing here: not a member. */
  readonly roles: ReadonlyMap<string, Role>;
  /** An administrator of this instance (ADMIN_USER_IDS, lib/access/admin-users.ts). */
  readonly admin?: boolean;
}

/** Signed out is `null` in place of the whole access, as it is for lib/policy's Actor. */
export type Caller = Access | null;

export function accessOf(userId: string, memberships: Iterable<{ groupId: string; role: Role }>): Access {
  const roles = new Map<string, Role>();
  for (const { groupId, role } of memberships) roles.set(groupId, role);
  return { userId: requireUserId(userId), roles };
}

/** The caller's role in `groupId`; null when signed out, not a member, or no group. */
export function roleIn(access: Caller, groupId: string | null): Role | null {
  if (access === null || groupId === null) return null;
  return access.roles.get(groupId) ?? null;
}

/** lib/policy's Actor for a decision about something in `groupId` (null: the public corpus or a personal note). */
export function actorIn(access: Caller, groupId: string | null): Actor | null {
  if (access === null) return null;
  return { userId: access.userId, role: roleIn(access, groupId), ...(access.admin === true ? { admin: true } : {}) };
}

/** Every group the caller belongs to, whatever the role (viewers read too). */
export function groupIdsOf(access: Caller): string[] {
  return access === null ? [] : [...access.roles.keys()];
}

/** lib/policy's VisibilityActor, for query filters over many groups at once. */
export function visibilityActor(access: Caller): VisibilityActor | null {
  if (access === null) return null;
  return { userId: access.userId, groupIds: groupIdsOf(access) };
}
