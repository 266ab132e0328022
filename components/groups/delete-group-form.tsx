"use client";

import { useActionState, useState } from "react";
import { FieldError, FormError } from "@/components/account/form-error";
import { failureOf, type FormAction } from "./action-types";

interface Props {
  groupId: string;
  groupName: string;
  sourceCount: number;
  action: FormAction<{ id: string }>;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/** The owner's way out: the name typed again, and the group's sources only when ticked. */
export function DeleteGroupForm({ groupId, groupName, sourceCount, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const [typed, setTyped] = useState("");
  const [withSources, setWithSources] = useState(false);
  const failure = failureOf(state);
  const ready = typed.trim() === groupName.trim() && (sourceCount === 0 || withSources);
  return (
    <section className="stacked-form danger-zone" aria-labelledby="delete-group-heading">
      <h2 id="delete-group-heading">Delete this group</h2>
      <p>
        Deleting removes its members, invites and every annotation written in it. It cannot be undone.
        {sourceCount === 0 ? "" : ` The group owns ${plural(sourceCount, "source", "sources")}: they can only be deleted with it.`}
      </p>
      <form action={formAction} className="stacked-form">
        <input type="hidden" name="groupId" value={groupId} />
        <FormError message={failure?.message} />
        {sourceCount === 0 ? null : (
          <label className="checkbox-row">
            <input type="checkbox" name="withSources" checked={withSources} onChange={(e) => setWithSources(e.currentTarget.checked)} />
            Also delete its {plural(sourceCount, "source", "sources")}, with their versions and annotations
          </label>
        )}
        <label htmlFor="delete-group-name">Type the group&apos;s name ({groupName}) to confirm</label>
        <input id="delete-group-name" name="confirmName" autoComplete="off" value={typed} onChange={(e) => setTyped(e.currentTarget.value)} />
        <FieldError id="delete-group-name-error" errors={failure?.fieldErrors.confirmName} />
        <button type="submit" className="danger" disabled={pending || !ready}>
          {pending ? "Deleting…" : "Delete the group"}
        </button>
      </form>
    </section>
  );
}
