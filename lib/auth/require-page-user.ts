import { redirect } from "next/navigation";
import { getSessionUser, type SessionUser } from "./session";

/** For pages: the signed-in user, or a redirect to sign in and come back to `returnTo`. */
export async function requirePageUser(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (user === null) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
