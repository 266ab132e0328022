import type { Metadata } from "next";
import { CreateGroupForm } from "@/components/groups/create-group-form";
import { GroupList } from "@/components/groups/group-list";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { requireRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { listGroupsForUser } from "@/lib/groups/list-groups-for-user";
import { createGroupAction } from "./actions";
import "@/components/account/account.css";
import "@/components/groups/groups.css";

export const metadata: Metadata = { title: "Your groups" };

export default async function GroupsPage() {
  await requirePageUser("/groups");
  const groups = await listGroupsForUser({ db: db(), actor: await requireRequestAccess() });
  return (
    <main id="main" tabIndex={-1} className="groups-page">
      <h1>Your groups</h1>
      <p className="lede">A group reads and annotates sources together; its members see its shared annotations.</p>
      <GroupList groups={groups} />
      <CreateGroupForm action={createGroupAction} />
    </main>
  );
}
