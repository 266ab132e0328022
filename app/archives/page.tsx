import type { Metadata } from "next";
import { getCitationIndex } from "@/lib/archives/get-citation-index";
import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { CitationIndexView } from "@/components/archives/citation-index-view";
import "@/components/archives/archives.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Archives cited" };

export default async function ArchivesPage() {
  const actor = await getRequestAccess();
  const index = await getCitationIndex({ db: db(), actor });
  return (
    <main id="main" tabIndex={-1} className="arx">
      <h1>Archives cited</h1>
      <p className="arx-lead">
        Every archival file, case file and published work that the texts and the annotations you can read cite, grouped by
        archive, fond, opis and delo. Open a group to see the passages that cite it.
      </p>
      <CitationIndexView nodes={index.nodes} total={index.total} />
    </main>
  );
}
