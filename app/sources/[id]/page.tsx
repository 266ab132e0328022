import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache, Suspense } from "react";
import { getReaderSource } from "@/lib/sources/queries";
import { parseRangeParam } from "@/lib/reader/parse-range";
import { annotateOptions, parseAnnotationParam } from "@/lib/reader/annotate-options";
import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { listGroupsForUser } from "@/lib/groups/list-groups-for-user";
import { ReaderView } from "@/components/reader/reader-view";
import { HighlightSeed } from "@/components/reader/highlight-seed";
import { highlightSeed } from "@/lib/annotations/highlight-seed";
import { actorIn } from "@/lib/access";
import { can, sourceResource } from "@/lib/policy";

export const dynamic = "force-dynamic";

// generateMetadata and the page both need the source: load it once per request. The
// viewer decides whether a group's source exists for them (not a member: 404).
const loadSource = cache(async (id: string) => getReaderSource({ db: db(), actor: await getRequestAccess(), input: { idOrSlug: id } }));

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await loadSource((await params).id);
  return { title: source?.title ?? "Source not found" };
}

export default async function SourcePage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  // Where the highlights go, read beside the source so it is often ready with the text.
  // A source the viewer may not read fails it too: the page is then a 404 and paints nothing.
  const seed = getRequestAccess()
    .then((actor) => highlightSeed({ db: db(), actor, idOrSlug: id }))
    .catch(() => []);
  const [source, access] = await Promise.all([loadSource(id), getRequestAccess()]);
  if (source === null) notFound();
  // Only who may annotate, and where, is sent with the page, and where the highlights
  // go (streamed after the text); the annotations themselves are fetched by the
  // browser after load, keeping the HTML lean.
  const groups = access === null ? [] : await listGroupsForUser({ db: db(), actor: access });
  const options = annotateOptions({ access, groups, sourceGroupId: source.groupId });
  return (
    <ReaderView
      source={source}
      range={parseRangeParam(query.range, source.text.length)}
      canEditMetadata={can(actorIn(access, source.groupId), "source:edit-metadata", sourceResource(source.groupId)).allowed}
      annotations={{ ...options, signedIn: access !== null, focusId: parseAnnotationParam(query.annotation) }}
      seed={
        <Suspense fallback={null}>
          <HighlightSeed seed={seed} />
        </Suspense>
      }
    />
  );
}
