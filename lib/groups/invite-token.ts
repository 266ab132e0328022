import { hashSecretToken, newSecretToken } from "@/lib/tokens/secret-token";

/** An invite link's secret (lib/tokens/secret-token). */
export const newInviteToken = newSecretToken;

/** What the Invite table keeps of the token. */
export const hashInviteToken = hashSecretToken;

export function invitePath(token: string): string {
  return `/invite/${token}`;
}
