import type { GroupDetail } from "@/lib/groups/get-group-for-member";
import type { Role } from "@/lib/policy";
import type { FormAction } from "./action-types";
import { MemberControls } from "./member-controls";
import { ROLE_NAME, ROLE_SUMMARY } from "./roles";

interface Props {
  group: GroupDetail;
  viewerId: string;
  changeRole: FormAction<{ role: Role }>;
  remove: FormAction<{ left: boolean }>;
}

export function MemberList({ group, viewerId, changeRole, remove }: Props) {
  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">Members ({group.members.length})</h2>
      <ul className="member-list">
        {group.members.map((member) => (
          <li key={member.userId}>
            <div className="member">
              <span className="member-name">
                {member.name}
                {member.userId === viewerId ? " (you)" : ""}
              </span>
              {member.email === null ? null : <span className="meta">{member.email}</span>}
              <span className="meta" title={ROLE_SUMMARY[member.role]}>
                {ROLE_NAME[member.role]}
              </span>
            </div>
            {group.canManageMembers ? (
              <MemberControls
                groupId={group.id}
                userId={member.userId}
                name={member.name}
                role={member.role}
                isSelf={member.userId === viewerId}
                changeRole={changeRole}
                remove={remove}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
