import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "@/components/account/sign-out-button";
import { getSessionUser } from "@/lib/auth/session";
import "@/components/account/account.css";

export const metadata: Metadata = { title: "Sign out" };

export default async function SignOutPage() {
  const user = await getSessionUser();
  return (
    <main id="main" tabIndex={-1} className="account-page">
      <h1>Sign out</h1>
      {user === null ? (
        <p>
          You are signed out. <Link href="/">Back to the library</Link>
        </p>
      ) : (
        <>
          <p>You are signed in as {user.email ?? user.name}.</p>
          <p>
            <SignOutButton label="Sign out of Palimpsest" />
          </p>
        </>
      )}
    </main>
  );
}
