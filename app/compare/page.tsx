import type { Metadata } from "next";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/http/app-error";
import { getRequestAccess } from "@/lib/auth/request-access";
import { compareSources } from "@/lib/compare/compare-sources";
import { parseStopParam } from "@/lib/compare/compare-stops";
import { seedNearTop } from "@/lib/compare/seed-near-top";
import { db } from "@/lib/db/client";
import { listGroupsForUser } from "@/lib/groups/list-groups-for-user";
import { annotateOptions } from "@/lib/reader/annotate-options";
import { preparedTextOf } from "@/lib/reader/prepared-text";
import { getReaderSource, listSources } from "@/lib/sources/queries";
import type { ReaderSource } from "@/lib/sources/types";
import { CompareView } from "@/components/compare/compare-view";
import { SourcePicker } from "@/components/compare/source-picker";
import { PREFIX, type CompareSideData } from "@/components/compare/types";
import { HighlightSeed } from "@/components/reader/highlight-seed";
import { highlightSeed } from "@/lib/annotations/highlight-seed";
import "@/components/library/library.css";
import "@/components/reader/reader.css";
import "@/components/reader/text.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare" };

type Query = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" && v.trim() !== "" ? v : null);

export default async function ComparePage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const [left, right] = [one(query.left), one(query.right)];
  const access = await getRequestAccess();
  if (left === null || right === null || left === right) {
    const sources = await listSources({ db: db(), actor: access, input: { filter: "" } });
    const chosen = left === null ? null : (sources.find((s) => s.slug === left || s.id === left) ?? null);
    if (left !== null && chosen === null) notFound();
    return <SourcePicker chosen={chosen} sources={sources} />;
  }
  // Where each pane's first highlights go, read beside the rest so it often goes out with the texts (as the reader does).
  const seedOf = (idOrSlug: string) =>
    highlightSeed({ db: db(), actor: access, idOrSlug })
      .then((triples) => seedNearTop(triples))
      .catch(() => []);
  const seeds = { left: seedOf(left), right: seedOf(right) };
  const compare = await compareSources({ db: db(), actor: access, input: { left, right } }).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  const [l, r, groups] = await Promise.all([
    getReaderSource({ db: db(), actor: access, input: { idOrSlug: compare.left.id } }),
    getReaderSource({ db: db(), actor: access, input: { idOrSlug: compare.right.id } }),
    access === null ? [] : listGroupsForUser({ db: db(), actor: access }),
  ]);
  if (l === null || r === null) notFound();
  const side = (source: ReaderSource, which: "left" | "right"): CompareSideData => {
    const { words, layout } = preparedTextOf(source);
    const { id, slug, title, author, site, url, published, language, kind, perspective, length, versionNumber } = source;
    return {
      side: which,
      summary: { id, slug, title, author, site, url, published, language, kind, perspective, length, versionNumber },
      versionId: source.versionId,
      text: source.text,
      words,
      layout,
      lang: language ?? undefined,
      options: annotateOptions({ access, groups, sourceGroupId: source.groupId }),
    };
  };
  const seed = (which: "left" | "right") => (
    <Suspense fallback={null}>
      <HighlightSeed seed={seeds[which]} prefix={PREFIX[which]} />
    </Suspense>
  );
  return (
    <CompareView
      sides={{ left: side(l, "left"), right: side(r, "right") }}
      seeds={{ left: seed("left"), right: seed("right") }}
      compare={compare}
      signedIn={access !== null}
      at={parseStopParam(query.at)}
    />
  );
}
