import Link from "next/link";
import { unstable_rethrow } from "next/navigation";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { SignOutButton } from "./sign-out-button";
import "./account.css";

async function currentUser(): Promise<SessionUser | null> {
  try {
    return await getSessionUser();
  } catch (error) {
    // Next signals "this page is dynamic" by throwing: let that through, or pages
    // would be prerendered with a signed-out header.
    unstable_rethrow(error);
    // The header is on every page: a session problem shows "Sign in", not an error page.
    console.error("account menu: could not read the session", error);
    return null;
  }
}

/** The header's account control: sign-in links, or the user's name, their groups and sign-out (not prefetched: app/layout.tsx). */
export async function AccountMenu() {
  const user = await currentUser();
  if (user === null) {
    return (
      <nav aria-label="Account" className="account-menu">
        <Link href="/sign-in" prefetch={false}>Sign in</Link>
        <span aria-hidden="true">/</span>
        <Link href="/sign-up" prefetch={false}>Sign up</Link>
      </nav>
    );
  }
  return (
    <nav aria-label="Account" className="account-menu">
      <span className="account-name" title={user.email ?? undefined}>
        {user.name}
      </span>
      <Link href="/groups" prefetch={false}>Groups</Link>
      <Link href="/settings/tokens" prefetch={false}>API tokens</Link>
      <SignOutButton />
    </nav>
  );
}
