import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { OAuthButtons } from "@/components/account/oauth-buttons";
import { SignUpForm } from "@/components/account/sign-up-form";
import { PASSWORD_MIN_LENGTH } from "@/lib/accounts/schemas";
import { oauthButtons } from "@/lib/auth/oauth-providers";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { getSessionUser } from "@/lib/auth/session";
import { signUpAction } from "./actions";
import "@/components/account/account.css";

export const metadata: Metadata = { title: "Create an account" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const callbackUrl = safeCallbackPath(first((await searchParams).callbackUrl));
  if ((await getSessionUser()) !== null) redirect(callbackUrl);
  return (
    <main id="main" tabIndex={-1} className="account-page">
      <h1>Create an account</h1>
      <SignUpForm action={signUpAction} callbackUrl={callbackUrl} minPasswordLength={PASSWORD_MIN_LENGTH} />
      <OAuthButtons providers={oauthButtons()} callbackUrl={callbackUrl} />
      <p className="switch">
        Already have an account? <Link href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Sign in</Link>
      </p>
    </main>
  );
}
