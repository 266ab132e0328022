import type { DbOrTx } from "@/lib/groups/membership";
import { can, type Role } from "@/lib/policy";
import { requireUserId } from "@/lib/policy/actor";

/** Who is looking at the library or the reader; null when signed out. */
export interface Viewer {
  id: string;
}

/** The viewer's role in each of their groups (empty when signed out). */
export async function rolesByGroup(db: DbOrTx, viewer: Viewer | null): Promise<Map<string, Role>> {
  if (viewer === null) return new Map();
  const rows = await db.membership.findMany({ where: { userId: requireUserId(viewer.id) }, select: { groupId: true, role: true } });
  return new Map(rows.map((row) => [row.groupId, row.role]));
}

/** lib/policy's "source:read"; `role` is the viewer's role in the source's group. */
export function mayRead(viewer: Viewer | null, role: Role | null, groupId: string | null): boolean {
  const actor = viewer === null ? null : { userId: viewer.id, role };
  // Starter-corpus sources have no group and are the only public ones.
  return can(actor, "source:read", { kind: "source", groupId, isPublic: groupId === null }).allowed;
}
