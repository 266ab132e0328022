import type { PendingInvite } from "@/lib/groups/get-group-for-member";
import { ROLE_NAME } from "./roles";

const day = (date: Date) => date.toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** Open invites: the links themselves cannot be shown again (only hashes are kept). */
export function PendingInvites({ invites }: { invites: PendingInvite[] }) {
  if (invites.length === 0) return null;
  return (
    <section aria-labelledby="pending-heading">
      <h3 id="pending-heading">Open invite links</h3>
      <ul className="pending-list">
        {invites.map((invite) => (
          <li key={invite.id}>
            {ROLE_NAME[invite.role]}, created {day(invite.createdAt)}, expires {day(invite.expiresAt)}
          </li>
        ))}
      </ul>
    </section>
  );
}
