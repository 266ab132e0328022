import { PolicyError } from "./errors";

/**
 * Prisma drops `undefined` from a where, and `"" === ""` matches: an actor
 * without a real user id must stop the request, not match every row.
 */
export function requireUserId(userId: unknown): string {
  if (typeof userId !== "string" || userId.trim() === "") {
    throw new PolicyError("invalid_actor", "The session has no user id; sign in again.");
  }
  return userId;
}

/** Same user only when both ids are real; two missing ids are not a match. */
export function isSameUser(a: string | null | undefined, b: string | null | undefined): boolean {
  return typeof a === "string" && a !== "" && a === b;
}
