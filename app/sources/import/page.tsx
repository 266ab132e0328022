import type { Metadata } from "next";
import Link from "next/link";
import { ImportForm } from "@/components/sources-import/import-form";
import { actorIn } from "@/lib/access";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { requireRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { listGroupsForUser } from "@/lib/groups/list-groups-for-user";
import { can } from "@/lib/policy";
import "@/components/account/account.css";
import "@/components/sources-import/import.css";

export const metadata: Metadata = { title: "Import a source" };

export default async function ImportSourcePage() {
  await requirePageUser("/sources/import");
  const actor = await requireRequestAccess();
  // Offering only allowed groups is a courtesy; importUpload checks again.
  const groups = (await listGroupsForUser({ db: db(), actor }))
    .filter((g) => can(actorIn(actor, g.id), "source:import", { kind: "group", groupId: g.id }).allowed)
    .map((g) => ({ id: g.id, name: g.name }));
  return (
    <main id="main" tabIndex={-1} className="import-page">
      <h1>Import a source</h1>
      <p className="lede">
        A plain text, Markdown or HTML file of at most 5 MB becomes a source of one of your groups: only its members can
        read it. Importing a changed file with the same title makes a new version; annotations follow the text.
      </p>
      {groups.length === 0 ? (
        <p className="import-none">
          Importing needs an editor or owner role in a group. Start a group or ask an owner to make you an editor on{" "}
          <Link href="/groups">your groups</Link>.
        </p>
      ) : (
        <ImportForm groups={groups} />
      )}
    </main>
  );
}
