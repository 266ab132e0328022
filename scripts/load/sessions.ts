// Real sessions for the writers: accounts made with lib/accounts, then signed in
// over HTTP through next-auth's credentials flow (CSRF token, then callback), as
// the sign-in form does.
import { createAccount } from "@/lib/accounts/create-account";
import { signUpInput } from "@/lib/accounts/schemas";
import type { Db } from "@/lib/db/client";
import { signInOutcome } from "./recorder";

export interface Writer {
  userId: string;
  email: string;
  /** The Cookie header that carries the session. */
  cookie: string;
}

export const LOAD_PASSWORD = "load-test-password";

export async function makeAccount(db: Db, email: string, name: string): Promise<{ id: string; email: string }> {
  const input = signUpInput.parse({ email, name, password: LOAD_PASSWORD });
  await createAccount(db, input);
  const user = await db.user.findUniqueOrThrow({ where: { email: input.email }, select: { id: true } });
  return { id: user.id, email: input.email };
}

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(";")[0] ?? "");

/** next-auth's CSRF token and the cookie it goes with: the sign-in form's first step. */
export async function csrf(baseUrl: string): Promise<{ token: string; cookie: string }> {
  const response = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { token: csrfToken, cookie: cookiesOf(response).join("; ") };
}

/** The form's two steps; returns the response of the callback and the cookies it set. */
export async function postSignIn(baseUrl: string, email: string, password: string): Promise<{ status: number; retryAfter: string | null; cookies: string[]; outcome: string }> {
  const { token, cookie } = await csrf(baseUrl);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, origin: baseUrl },
    body: new URLSearchParams({ csrfToken: token, email, password, callbackUrl: `${baseUrl}/`, json: "true" }),
  });
  const body = await response.text();
  return { status: response.status, retryAfter: response.headers.get("retry-after"), cookies: cookiesOf(response), outcome: signInOutcome(response.status, body) };
}

export async function signIn(baseUrl: string, account: { id: string; email: string }): Promise<Writer> {
  const result = await postSignIn(baseUrl, account.email, LOAD_PASSWORD);
  const session = result.cookies.find((c) => c.startsWith("next-auth.session-token="));
  if (session === undefined) {
    const limited = result.status === 429 ? ` (429, Retry-After ${result.retryAfter ?? "missing"})` : "";
    throw new Error(`Signing in ${account.email} at ${baseUrl} gave no session: HTTP ${result.status}${limited}`);
  }
  return { userId: account.id, email: account.email, cookie: session };
}
