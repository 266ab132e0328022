"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/http/action-result";
import { FieldError, FormError } from "./form-error";

type SignUpAction = (form: FormData) => Promise<ActionResult<{ email: string }>>;

interface State {
  result: ActionResult<{ email: string }> | null;
  values: { name: string; email: string };
}

export function SignUpForm({ action, callbackUrl, minPasswordLength }: { action: SignUpAction; callbackUrl: string; minPasswordLength: number }) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(async (_previous: State, form: FormData): Promise<State> => {
    const values = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? "") };
    const result = await action(form);
    if (!result.ok) return { result, values };
    // Sign in with the same password so the new user lands signed in.
    const signedIn = await signIn("credentials", {
      email: result.data.email,
      password: String(form.get("password") ?? ""),
      redirect: false,
      callbackUrl,
    });
    // Signing up with a taken email answers like any sign-up (lib/accounts/sign-up.ts); the
    // sign-in then works only with that account's own password.
    const failure = signedIn?.error === "CredentialsSignin" ? "SignUpSignIn" : signedIn?.error;
    router.replace(failure ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}&error=${encodeURIComponent(failure)}` : callbackUrl);
    router.refresh();
    return { result, values };
  }, { result: null, values: { name: "", email: "" } });

  const failed = state.result !== null && !state.result.ok ? state.result : null;
  const fields = failed?.fieldErrors ?? {};
  const message = failed !== null && Object.keys(fields).length === 0 ? failed.message : failed !== null ? "Please correct the fields marked below." : null;
  const describe = (field: string, extra?: string) =>
    [fields[field] === undefined ? undefined : `sign-up-${field}-error`, extra].filter((id) => id !== undefined).join(" ") || undefined;

  return (
    <form action={formAction} className="account-form">
      <FormError id="sign-up-error" message={message} />
      <label htmlFor="sign-up-name">
        Name <span className="optional">(optional, shown to your groups)</span>
      </label>
      <input id="sign-up-name" name="name" autoComplete="name" maxLength={80} defaultValue={state.values.name} aria-invalid={fields.name !== undefined} aria-describedby={describe("name")} />
      <FieldError id="sign-up-name-error" errors={fields.name} />

      <label htmlFor="sign-up-email">Email</label>
      <input id="sign-up-email" name="email" type="email" autoComplete="email" required defaultValue={state.values.email} aria-invalid={fields.email !== undefined} aria-describedby={describe("email")} />
      <FieldError id="sign-up-email-error" errors={fields.email} />

      <label htmlFor="sign-up-password">Password</label>
      <input
        id="sign-up-password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={minPasswordLength}
        aria-invalid={fields.password !== undefined}
        aria-describedby={describe("password", "sign-up-password-hint")}
      />
      <p id="sign-up-password-hint" className="hint">
        At least {minPasswordLength} characters. A few unrelated words make a strong password.
      </p>
      <FieldError id="sign-up-password-error" errors={fields.password} />

      <button type="submit" className="primary" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
