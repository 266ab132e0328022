import { listSources } from "@/lib/sources/queries";
import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
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
      {actor === null ? null : <ImportLink />}
      {sources.length === 0 ? <EmptyLibrary /> : <LibraryList sources={sources} initialQuery={typeof q === "string" ? q : ""} />}
    </main>
  );
}
