// The instance's administrators, named by user id in ADMIN_USER_IDS ("id1, id2"): they
// curate the public corpus (lib/policy "source:edit-metadata"). By id, not by email:
// emails are not verified, so whoever signed up first with a named address, before its
// owner did, would have been an administrator. An id is given by the database when the
// account is made; the operator reads theirs with `npm run admins -- <email>`.
import type { Access } from "./access";

export function parseAdminUserIds(raw: string | undefined): ReadonlySet<string> {
  return new Set((raw ?? "").split(/[\s,;]+/).map((id) => id.trim()).filter((id) => id !== ""));
}

/** The caller's access, marked as an administrator's when ADMIN_USER_IDS names the caller. */
export function withAdminRole(access: Access | null, admins: ReadonlySet<string>): Access | null {
  if (access === null || !admins.has(access.userId)) return access;
  return { ...access, admin: true };
}
