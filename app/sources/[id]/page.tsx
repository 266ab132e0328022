import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getReaderSource } from "@/lib/sources/queries";
import { parseRangeParam } from "@/lib/reader/parse-range";
import { ReaderView } from "@/components/reader/reader-view";

export const dynamic = "force-dynamic";

// generateMetadata and the page both need the source: load it once per request.
const loadSource = cache(getReaderSource);

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
  const source = await loadSource(id);
  if (source === null) notFound();
  return <ReaderView source={source} range={parseRangeParam(query.range, source.text.length)} />;
}
