"use client";

import { useActionState } from "react";
import { MEMBER_ROLES } from "@/lib/groups/limits";
import type { Role } from "@/lib/policy";
import { failureOf, type FormAction } from "./action-types";
import { ROLE_NAME } from "./roles";

interface Props {
  groupId: string;
  userId: string;
  name: string;
  role: Role;
  isSelf: boolean;
  changeRole: FormAction<{ role: Role }>;
  remove: FormAction<{ left: boolean }>;
}

/** An owner's controls for one member: set the role, or remove them. */
export function MemberControls({ groupId, userId, name, role, isSelf, changeRole, remove }: Props) {
  const [roleState, roleAction, rolePending] = useActionState(changeRole, null);
  const [removeState, removeAction, removePending] = useActionState(remove, null);
  const error = failureOf(roleState)?.message ?? failureOf(removeState)?.message;
  const selectId = `role-${userId}`;
  return (
    <div className="member-controls">
      <form action={roleAction} className="inline-form">
        <input type="hidden" name="groupId" value={groupId} />
        <input type="hidden" name="userId" value={userId} />
        <label htmlFor={selectId} className="visually-hidden">
          Role for {name}
        </label>
        {/* key: a refreshed role from the server resets the select */}
        <select id={selectId} name="role" defaultValue={role} key={role}>
          {MEMBER_ROLES.map((option) => (
            <option key={option} value={option}>
              {ROLE_NAME[option]}
            </option>
          ))}
        </select>
        <button type="submit" disabled={rolePending}>
          {rolePending ? "Saving…" : "Change role"}
        </button>
      </form>
      <form
        action={removeAction}
        className="inline-form"
        onSubmit={(event) => {
          const question = isSelf ? "Leave this group? You will lose access to it." : `Remove ${name} from this group?`;
          if (!window.confirm(question)) event.preventDefault();
        }}
      >
        <input type="hidden" name="groupId" value={groupId} />
        <input type="hidden" name="userId" value={userId} />
        <button type="submit" disabled={removePending} aria-label={isSelf ? "Leave the group" : `Remove ${name}`}>
          {removePending ? "Removing…" : isSelf ? "Leave" : "Remove"}
        </button>
      </form>
      {error === undefined ? null : (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
