import Link from "next/link";
import type { GroupSummary } from "@/lib/groups/list-groups-for-user";
import { ROLE_NAME } from "./roles";

export function GroupList({ groups }: { groups: GroupSummary[] }) {
  if (groups.length === 0) {
    return <p className="empty">You are not in any group yet. Start one below, or open an invite link someone sent you.</p>;
  }
  return (
    <ul className="group-list">
      {groups.map((group) => (
        <li key={group.id}>
          <Link href={`/groups/${group.id}`}>{group.name}</Link>
          <span className="meta">
            {ROLE_NAME[group.role]} · {group.memberCount} {group.memberCount === 1 ? "member" : "members"}
          </span>
        </li>
      ))}
    </ul>
  );
}
