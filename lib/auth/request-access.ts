import { cache } from "react";
import { type Access, resolveAccess } from "@/lib/access";
import { parseAdminUserIds, withAdminRole } from "@/lib/access/admin-users";
import { db } from "@/lib/db/client";
import { limitAnnotationWrites } from "@/lib/annotations/write-limit";
import { PolicyError } from "@/lib/policy";
import { getSessionUser } from "./session";

// Once per request however many services a page or route calls.
const requestAccess = cache(async (): Promise<Access | null> => {
  const user = await getSessionUser();
  return withAdminRole(await resolveAccess(db(), user), parseAdminUserIds(process.env.ADMIN_USER_IDS));
});

/**
 * The signed-in caller's access (user id and role per group), or null when
 * signed out: what every service takes as its `actor`. Server only.
 */
export function getRequestAccess(): Promise<Access | null> {
  return requestAccess();
}

/** The caller's access; signed out throws PolicyError "unauthenticated" (401). */
export async function requireRequestAccess(): Promise<Access> {
  const access = await getRequestAccess();
  if (access === null) throw new PolicyError("unauthenticated", "Sign in to continue.");
  return access;
}

/**
 * A signed-in caller within the annotation write limit, known before any of the
 * request body is read: the `caller` of every route that creates, edits or replies.
 */
export async function requireAnnotationWriter(): Promise<Access> {
  const caller = await requireRequestAccess();
  await limitAnnotationWrites(caller);
  return caller;
}
