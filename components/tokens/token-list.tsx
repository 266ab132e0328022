"use client";

import { useActionState } from "react";
import { failureOf, type FormAction } from "@/components/groups/action-types";
import type { ApiTokenDto } from "@/lib/tokens/list-api-tokens";

const when = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function RevokeButton({ token, revoke }: { token: ApiTokenDto; revoke: FormAction<{ id: string }> }) {
  const [state, action, pending] = useActionState(revoke, null);
  const error = failureOf(state)?.message;
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="tokenId" value={token.id} />
      <button type="submit" disabled={pending} aria-label={`Revoke the token ${token.name}`}>
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

/** The user's working tokens; the secrets themselves cannot be shown again (only hashes are kept). */
export function TokenList({ tokens, revoke }: { tokens: ApiTokenDto[]; revoke: FormAction<{ id: string }> }) {
  if (tokens.length === 0) return <p className="empty">You have no API tokens yet.</p>;
  return (
    <section aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">Your tokens</h2>
      <ul className="pending-list">
        {tokens.map((token) => (
          <li key={token.id}>
            <span>
              <strong>{token.name}</strong>: {token.canWrite ? "reads and writes" : "reads only"}, {token.groupName === null ? "all your groups" : `only ${token.groupName}`};
              made {when(token.createdAt)}, {token.lastUsedAt === null ? "never used" : `last used ${when(token.lastUsedAt)}`}
            </span>
            <RevokeButton token={token} revoke={revoke} />
          </li>
        ))}
      </ul>
    </section>
  );
}
