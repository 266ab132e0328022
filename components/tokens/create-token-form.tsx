"use client";

import { useActionState } from "react";
import { FieldError, FormError } from "@/components/account/form-error";
import { failureOf, type FormAction } from "@/components/groups/action-types";
import type { CreatedApiToken } from "@/lib/tokens/create-api-token";

export function CreateTokenForm({ action, groups }: { action: FormAction<CreatedApiToken>; groups: { id: string; name: string }[] }) {
  const [state, formAction, pending] = useActionState(action, null);
  const failure = failureOf(state);
  const nameErrors = failure?.fieldErrors.name;
  return (
    <form action={formAction} className="stacked-form" aria-labelledby="create-token-heading">
      <h2 id="create-token-heading">Make a token</h2>
      {state?.ok === true ? (
        <div role="status" className="token-made">
          <p>
            Token <strong>{state.data.name}</strong> made. Copy it now: it is not shown again.
          </p>
          <input readOnly aria-label="The new token" value={state.data.token} onFocus={(e) => e.currentTarget.select()} className="token-secret" />
        </div>
      ) : null}
      <FormError message={nameErrors === undefined ? failure?.message : null} />
      <label htmlFor="token-name">Name</label>
      <input
        id="token-name"
        name="name"
        required
        maxLength={80}
        placeholder="e.g. Zotero annotations sync"
        aria-invalid={nameErrors !== undefined}
        aria-describedby={nameErrors === undefined ? undefined : "token-name-error"}
      />
      <FieldError id="token-name-error" errors={nameErrors} />
      <label htmlFor="token-group">Scope</label>
      <select id="token-group" name="groupId" defaultValue="">
        <option value="">All my groups and notes</option>
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            Only {g.name}
          </option>
        ))}
      </select>
      <label className="checkbox">
        <input type="checkbox" name="canWrite" /> May create, edit and delete annotations (otherwise it only reads)
      </label>
      <button type="submit" className="primary" disabled={pending}>
        {pending ? "Making…" : "Make token"}
      </button>
    </form>
  );
}
