import { db, type Db } from "@/lib/db/client";
import { readBlocks, readMarks, readSections } from "./stored-document";
import type { ReaderSource, SourceSummary } from "./types";

const summarySelect = {
  id: true,
  slug: true,
  title: true,
  author: true,
  site: true,
  url: true,
  published: true,
  language: true,
  kind: true,
  perspective: true,
  currentVersion: { select: { number: true, length: true } },
} as const;

/** Public sources for the library, optionally filtered by a phrase in their metadata. */
export async function listSources(filter?: string, client: Db = db()): Promise<SourceSummary[]> {
  const phrase = filter?.trim() ?? "";
  const contains = { contains: phrase, mode: "insensitive" as const };
  const rows = await client.source.findMany({
    where: {
      groupId: null,
      currentVersionId: { not: null },
      ...(phrase === ""
        ? {}
        : { OR: [{ title: contains }, { author: contains }, { site: contains }, { perspective: contains }, { kind: contains }] }),
    },
    orderBy: { title: "asc" },
    select: summarySelect,
  });
  return rows.map(({ currentVersion, ...row }) => ({
    ...row,
    length: currentVersion?.length ?? 0,
    versionNumber: currentVersion?.number ?? 0,
  }));
}

/** A source with its current version, by id or slug; null when there is none. */
export async function getReaderSource(idOrSlug: string, client: Db = db()): Promise<ReaderSource | null> {
  const row = await client.source.findFirst({
    where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }], groupId: null },
    select: {
      ...summarySelect,
      currentVersion: { select: { id: true, number: true, length: true, text: true, blocks: true, marks: true, sections: true } },
    },
  });
  if (row === null || row.currentVersion === null) return null;
  const { currentVersion: v, ...meta } = row;
  return {
    ...meta,
    length: v.length,
    versionNumber: v.number,
    versionId: v.id,
    text: v.text,
    blocks: readBlocks(v.blocks),
    marks: readMarks(v.marks),
    sections: readSections(v.sections),
  };
}
