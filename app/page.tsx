import { listSources } from "@/lib/sources/queries";
import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { importGroupIds } from "@/lib/sources/import-groups";
import { LibraryList } from "@/components/library/library-list";
import { EmptyLibrary } from "@/components/library/empty-library";
import { ImportLink } from "@/components/library/import-link";
import "@/components/library/library.css";

export const dynamic = "force-dynamic";

export default async function LibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { q } = await searchParams;
  const actor = await getRequestAccess();
  // All sources go to the client filter (they are small summaries); `q` only seeds it,
  // so the form also works without JavaScript.
  const sources = await listSources({ db: db(), actor, input: { filter: "" } });
  return (
    <main id="main" tabIndex={-1} className="lib">
      <h1>Library</h1>
      {/* Only where an import would be allowed: an annotator or viewer would be refused. */}
      {importGroupIds(actor).length === 0 ? null : <ImportLink />}
      {sources.length === 0 ? <EmptyLibrary /> : <LibraryList sources={sources} initialQuery={typeof q === "string" ? q : ""} />}
    </main>
  );
}
