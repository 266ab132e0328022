"use client";

import { useActionState, useState } from "react";
import { FieldError, FormError } from "@/components/account/form-error";
import { DEFAULT_INVITE_DAYS, INVITE_ROLES, MAX_INVITE_DAYS } from "@/lib/groups/limits";
import type { Role } from "@/lib/policy";
import { failureOf, type FormAction } from "./action-types";
import { formatDay } from "@/lib/reader/format";
import { ROLE_NAME, ROLE_SUMMARY } from "./roles";

interface InviteLink {
  path: string;
  role: Role;
  expiresAt: string;
}

function CopyLink({ url }: { url: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="invite-link">
      <label htmlFor="invite-url">Invite link (shown once: copy it now)</label>
      <div className="copy-row">
        <input id="invite-url" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(url).then(() => setCopied(true));
          }}
        >
          Copy
        </button>
      </div>
      <p role="status" className="hint">
        {copied ? "Copied to the clipboard." : ""}
      </p>
    </div>
  );
}

export function InviteForm({ groupId, action }: { groupId: string; action: FormAction<InviteLink> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const failure = failureOf(state);
  const link = state?.ok ? state.data : null;
  return (
    <section className="stacked-form" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite someone</h2>
      <form action={formAction} className="stacked-form">
        <input type="hidden" name="groupId" value={groupId} />
        <FormError message={failure?.message} />
        <label htmlFor="invite-role">Role</label>
        <select id="invite-role" name="role" defaultValue="annotator">
          {INVITE_ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_NAME[role]}: {ROLE_SUMMARY[role]}
            </option>
          ))}
        </select>
        <label htmlFor="invite-days">Link expires after (days)</label>
        <input
          id="invite-days"
          name="expiresInDays"
          type="number"
          min={1}
          max={MAX_INVITE_DAYS}
          defaultValue={DEFAULT_INVITE_DAYS}
          aria-describedby={failure?.fieldErrors.expiresInDays === undefined ? undefined : "invite-days-error"}
        />
        <FieldError id="invite-days-error" errors={failure?.fieldErrors.expiresInDays} />
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Creating link…" : "Create invite link"}
        </button>
      </form>
      {link === null ? null : (
        <>
          <CopyLink url={new URL(link.path, window.location.origin).toString()} />
          <p className="hint">
            One person can join with it, as {ROLE_NAME[link.role].toLowerCase()}, until{" "}
            {formatDay(link.expiresAt)}.
          </p>
        </>
      )}
    </section>
  );
}
