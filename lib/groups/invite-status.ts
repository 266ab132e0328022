import { AppError } from "@/lib/http";

export type InviteProblem = "unknown" | "used" | "expired";

/** Why an invite can no longer be used; null while it can. */
export function inviteProblem(invite: { usedAt: Date | null; expiresAt: Date } | null, now: Date): InviteProblem | null {
  if (invite === null) return "unknown";
  if (invite.usedAt !== null) return "used";
  return invite.expiresAt.getTime() <= now.getTime() ? "expired" : null;
}

export function inviteError(problem: InviteProblem): AppError {
  switch (problem) {
    case "unknown":
      return new AppError("invite_unknown", "This invite link is not valid. Check that you copied all of it, or ask for a new one.");
    case "used":
      return new AppError("invite_used", "This invite link has already been used. Ask the group's owner for a new one.");
    case "expired":
      return new AppError("invite_expired", "This invite link has expired. Ask the group's owner for a new one.");
  }
}
