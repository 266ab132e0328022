import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { OAuthButtons } from "@/components/account/oauth-buttons";
import { SignInForm } from "@/components/account/sign-in-form";
import { oauthButtons } from "@/lib/auth/oauth-providers";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { getSessionUser } from "@/lib/auth/session";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import "@/components/account/account.css";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(first(params.callbackUrl));
  if ((await getSessionUser()) !== null) redirect(callbackUrl);
  return (
    <main id="main" tabIndex={-1} className="account-page">
      <h1>Sign in</h1>
      <SignInForm callbackUrl={callbackUrl} initialError={signInErrorMessage(first(params.error))} />
      <OAuthButtons providers={oauthButtons()} callbackUrl={callbackUrl} />
      <p className="switch">
        New to Palimpsest? <Link href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Create an account</Link>
      </p>
    </main>
  );
}
