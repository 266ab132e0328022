// next-auth reports a failed sign-in as an `error` code in a URL, which anyone can
// craft, so the page shows only messages written here, never the code's text.

/** Whole minutes to wait, rounded up, never 0 (a lock with seconds left still says 1). */
export function minutesToWait(remainingMs: number): number {
  return Math.max(1, Math.ceil(remainingMs / 60_000));
}

const THROTTLED = "Throttled";

/** The error `authorize` throws for a locked account or address; next-auth passes its message on. */
export function throttledErrorCode(retryAfterMs: number): string {
  return `${THROTTLED}:${minutesToWait(retryAfterMs)}`;
}

function waitMessage(minutes: number): string {
  return `Too many failed attempts; try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

const MESSAGES: Record<string, string> = {
  CredentialsSignin: "That email and password do not match an account.",
  SignUpSignIn: "We could not sign you in with that email and password. If you already have an account with this email, sign in with its password.",
  OAuthAccountNotLinked:
    "An account with this email already exists. Sign in with your password; the provider cannot be linked to it automatically.",
  AccessDenied: "Sign-in was refused. Your provider account needs an email address.",
  SessionRequired: "Sign in to see that page.",
  Configuration: "Sign-in is not configured correctly on the server.",
};

/** The minutes a throttled sign-in's `error` code asks to wait; null for any other code. */
export function parseThrottledCode(code: string | null | undefined): number | null {
  const throttled = new RegExp(`^${THROTTLED}:(\\d{1,4})$`).exec(code ?? "");
  return throttled?.[1] === undefined ? null : Math.max(1, Number(throttled[1]));
}

/** A message for the sign-in page's `error` code; null when there is none. */
export function signInErrorMessage(code: string | null | undefined): string | null {
  if (code === null || code === undefined || code === "") return null;
  const minutes = parseThrottledCode(code);
  if (minutes !== null) return waitMessage(minutes);
  return Object.hasOwn(MESSAGES, code) ? (MESSAGES[code] ?? null) : "Sign-in failed. Please try again.";
}
