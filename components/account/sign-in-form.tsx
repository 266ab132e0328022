"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { FormError } from "./form-error";

interface State {
  error: string | null;
  email: string;
}

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: string | null }) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(async (_previous: State, form: FormData): Promise<State> => {
    const email = String(form.get("email") ?? "");
    const result = await signIn("credentials", { email, password: String(form.get("password") ?? ""), redirect: false, callbackUrl });
    if (result !== undefined && result.ok && (result.error === null || result.error === undefined)) {
      router.replace(callbackUrl);
      // The header's account menu is a server component: fetch it again, signed in.
      router.refresh();
      return { error: null, email };
    }
    return { error: signInErrorMessage(result?.error ?? "CredentialsSignin"), email };
  }, { error: initialError, email: "" });

  const describedBy = state.error === null ? undefined : "sign-in-error";
  return (
    <form action={formAction} className="account-form">
      <FormError id="sign-in-error" message={state.error} />
      <label htmlFor="sign-in-email">Email</label>
      <input id="sign-in-email" name="email" type="email" autoComplete="email" required defaultValue={state.email} aria-describedby={describedBy} />
      <label htmlFor="sign-in-password">Password</label>
      <input id="sign-in-password" name="password" type="password" autoComplete="current-password" required aria-describedby={describedBy} />
      <button type="submit" className="primary" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
