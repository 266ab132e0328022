/** A member's role in one group. Each role includes everything below it. */
export const ROLES = ["owner", "editor", "annotator", "viewer"] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { owner: 4, editor: 3, annotator: 2, viewer: 1 };

/** True when `role` is a member role at or above `minimum`; null (not a member) never is. */
export function atLeast(role: Role | null, minimum: Role): boolean {
  return role !== null && RANK[role] >= RANK[minimum];
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
