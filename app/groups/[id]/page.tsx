import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExportButton } from "@/components/export/export-button";
import { DeleteGroupForm } from "@/components/groups/delete-group-form";
import { InviteForm } from "@/components/groups/invite-form";
import { MemberList } from "@/components/groups/member-list";
import { PendingInvites } from "@/components/groups/pending-invites";
import { ROLE_NAME, ROLE_SUMMARY } from "@/components/groups/roles";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { requireRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { type GroupDetail, getGroupForMember } from "@/lib/groups/get-group-for-member";
import { PolicyError } from "@/lib/policy";
import { changeRoleAction, createInviteAction, deleteGroupAction, removeMemberAction, revokeInviteAction } from "./actions";
import "@/components/account/account.css";
import "@/components/groups/groups.css";

export const metadata: Metadata = { title: "Group" };

async function loadGroup(groupId: string): Promise<GroupDetail> {
  try {
    return await getGroupForMember({ db: db(), actor: await requireRequestAccess(), input: { groupId } });
  } catch (error) {
    // Outsiders get the same page as for a group that does not exist.
    if (error instanceof PolicyError && error.status === 404) notFound();
    throw error;
  }
}

export default async function GroupPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/groups/${encodeURIComponent(id)}`);
  const group = await loadGroup(id);
  return (
    <main id="main" tabIndex={-1} className="groups-page">
      <p>
        <Link href="/groups">← Your groups</Link>
      </p>
      <h1>{group.name}</h1>
      <p className="lede">
        Your role: {ROLE_NAME[group.myRole]} ({ROLE_SUMMARY[group.myRole]}).
      </p>
      <section aria-labelledby="group-export">
        <h2 id="group-export">Export</h2>
        <p>The group’s annotations you may read, as Markdown, Word, PDF or a spreadsheet.</p>
        <ExportButton scopes={[{ id: "group", label: `Every annotation of ${group.name}`, query: { group: group.id } }]} />
      </section>
      {group.myRole === "editor" || group.myRole === "owner" ? (
        <p>
          <Link href={`/sources/import?group=${encodeURIComponent(group.id)}`}>Import a source into {group.name}</Link>
        </p>
      ) : null}
      <MemberList group={group} viewerId={user.id} changeRole={changeRoleAction} remove={removeMemberAction} />
      {group.canInvite ? (
        <>
          <InviteForm groupId={group.id} action={createInviteAction} />
          <PendingInvites groupId={group.id} invites={group.pendingInvites} revoke={revokeInviteAction} />
        </>
      ) : null}
      {group.canDelete ? (
        <DeleteGroupForm groupId={group.id} groupName={group.name} sourceCount={group.sourceCount} action={deleteGroupAction} />
      ) : null}
    </main>
  );
}
