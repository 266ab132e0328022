"use client";

import { useActionState } from "react";
import { FieldError, FormError } from "@/components/account/form-error";
import type { CreatedGroup } from "@/lib/groups/create-group";
import { failureOf, type FormAction } from "./action-types";

export function CreateGroupForm({ action }: { action: FormAction<CreatedGroup> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const failure = failureOf(state);
  const nameErrors = failure?.fieldErrors.name;
  return (
    <form action={formAction} className="stacked-form" aria-labelledby="create-group-heading">
      <h2 id="create-group-heading">Start a group</h2>
      <FormError message={nameErrors === undefined ? failure?.message : null} />
      <label htmlFor="group-name">Name</label>
      <input
        id="group-name"
        name="name"
        required
        maxLength={100}
        placeholder="e.g. Moscow Trials reading group"
        aria-invalid={nameErrors !== undefined}
        aria-describedby={nameErrors === undefined ? undefined : "group-name-error"}
      />
      <FieldError id="group-name-error" errors={nameErrors} />
      <button type="submit" className="primary" disabled={pending}>
        {pending ? "Creating…" : "Create group"}
      </button>
    </form>
  );
}
