import type { Metadata } from "next";
import Link from "next/link";
import { ImportForm } from "@/components/sources-import/import-form";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { requireRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { listGroupsForUser } from "@/lib/groups/list-groups-for-user";
import { importGroupIds } from "@/lib/sources/import-groups";
import "@/components/account/account.css";
import "@/components/sources-import/import.css";

export const metadata: Metadata = { title: "Import a source" };

export default async function ImportSourcePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Arriving from a group's page (?group=<id>), that group is chosen.
  const { group: from } = await searchParams;
  await requirePageUser("/sources/import");
  const actor = await requireRequestAccess();
  // Offering only allowed groups is a courtesy; importUpload checks again.
  const allowed = new Set(importGroupIds(actor));
  const groups = (await listGroupsForUser({ db: db(), actor })).filter((g) => allowed.has(g.id)).map((g) => ({ id: g.id, name: g.name }));
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
        <ImportForm groups={groups} defaultGroupId={typeof from === "string" && groups.some((g) => g.id === from) ? from : undefined} />
      )}
    </main>
  );
}
