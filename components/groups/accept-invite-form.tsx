"use client";

import { useActionState } from "react";
import { FormError } from "@/components/account/form-error";
import type { AcceptedInvite } from "@/lib/groups/accept-invite";
import { failureOf, type FormAction } from "./action-types";

export function AcceptInviteForm({ token, groupName, action }: { token: string; groupName: string; action: FormAction<AcceptedInvite> }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="stacked-form">
      <input type="hidden" name="token" value={token} />
      <FormError message={failureOf(state)?.message} />
      <button type="submit" className="primary" disabled={pending}>
        {pending ? "Joining…" : `Join ${groupName}`}
      </button>
    </form>
  );
}
