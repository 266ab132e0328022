"use client";

import { useActionState } from "react";
import { formatDay } from "@/lib/reader/format";
import type { PendingInvite } from "@/lib/groups/get-group-for-member";
import { failureOf, type FormAction } from "./action-types";
import { ROLE_NAME } from "./roles";

const day = (date: Date) => formatDay(date, "UTC");

function RevokeButton({ groupId, invite, revoke }: { groupId: string; invite: PendingInvite; revoke: FormAction<{ id: string }> }) {
  const [state, action, pending] = useActionState(revoke, null);
  const error = failureOf(state)?.message;
  const label = `${ROLE_NAME[invite.role]} link created ${day(invite.createdAt)}`;
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="inviteId" value={invite.id} />
      <button type="submit" disabled={pending} aria-label={`Revoke the ${label}`}>
        {pending ? "Revoking…" : "Revoke"}
      </button>
      {error === undefined ? null : (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}

/** Open invites: the links themselves cannot be shown again (only hashes are kept), but each can be revoked. */
export function PendingInvites({ groupId, invites, revoke }: { groupId: string; invites: PendingInvite[]; revoke: FormAction<{ id: string }> }) {
  if (invites.length === 0) return null;
  return (
    <section aria-labelledby="pending-heading">
      <h3 id="pending-heading">Open invite links</h3>
      <ul className="pending-list">
        {invites.map((invite) => (
          <li key={invite.id}>
            <span>
              {ROLE_NAME[invite.role]}, created {day(invite.createdAt)}, expires {day(invite.expiresAt)}
            </span>
            <RevokeButton groupId={groupId} invite={invite} revoke={revoke} />
          </li>
        ))}
      </ul>
    </section>
  );
}
