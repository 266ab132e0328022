import { getServerSession } from "next-auth";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { displayName } from "@/lib/accounts/display-name";
import { authOptions } from "./options";

export interface SessionUser {
  id: string;
  name: string;
  email: string | null;
}

function userIdOf(session: unknown): string | null {
  if (typeof session !== "object" || session === null || !("user" in session)) return null;
  const user = session.user;
  if (typeof user !== "object" || user === null || !("id" in user)) return null;
  return typeof user.id === "string" && user.id !== "" ? user.id : null;
}

// One lookup per request however many components ask.
const sessionUser = cache(async (): Promise<SessionUser | null> => {
  const id = userIdOf(await getServerSession(authOptions));
  if (id === null) return null;
  // The cookie outlives deleted accounts; the database has the last word and the current name.
  const user = await db().user.findUnique({ where: { id }, select: { id: true, name: true, email: true } });
  if (user === null) return null;
  return { id: user.id, name: displayName(user), email: user.email };
});

/** The signed-in user, or null. Server only (reads the request's cookies). */
export function getSessionUser(): Promise<SessionUser | null> {
  return sessionUser();
}
