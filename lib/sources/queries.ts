import { type Access, actorIn, groupIdsOf, visibilityActor } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { can, readableSourcesWhere, sourceResource, visibleAnnotationsWhere } from "@/lib/policy";
import { readBlocks, readMarks, readSections } from "./stored-document";
import type { LibrarySource, ReaderCitation, ReaderSource } from "./types";
import { backfillCitations, citationKindOf } from "./version-citations";
import { VersionContentCache, type VersionContent } from "./version-content-cache";

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
  groupId: true,
  currentVersion: { select: { number: true, length: true } },
} as const;

/** lib/policy's "source:read", for lists that hold rows of several sources. */
export function maySeeSource(access: Access | null, groupId: string | null): boolean {
  return can(actorIn(access, groupId), "source:read", sourceResource(groupId)).allowed;
}

export interface ListSourcesOptions {
  db: Db;
  /** The caller's access (lib/access); null when signed out. */
  actor: Access | null;
  /** A phrase to find in the sources' metadata; empty lists them all. */
  input: { filter: string };
}

/**
 * The library: public sources plus those of the viewer's groups, optionally filtered
 * by a phrase in their metadata. Signed out sees the public ones only.
 */
export async function listSources({ db, actor, input }: ListSourcesOptions): Promise<LibrarySource[]> {
  const phrase = input.filter.trim();
  const contains = { contains: phrase, mode: "insensitive" as const };
  const rows = await db.source.findMany({
    where: {
      ...readableSourcesWhere(groupIdsOf(actor)),
      currentVersionId: { not: null },
      ...(phrase === ""
        ? {}
        : { AND: [{ OR: [{ title: contains }, { author: contains }, { site: contains }, { perspective: contains }, { kind: contains }] }] }),
    },
    orderBy: { title: "asc" },
    select: { ...summarySelect, group: { select: { name: true } } },
  });
  // The where above narrows the rows; the policy still has the last word on each.
  const shown = rows.filter((row) => maySeeSource(actor, row.groupId));
  const counts = await annotationCounts(db, actor, shown.map((row) => row.id));
  return shown.map(({ currentVersion, group, groupId: _groupId, ...row }) => ({
    ...row,
    groupName: group?.name ?? null,
    length: currentVersion?.length ?? 0,
    versionNumber: currentVersion?.number ?? 0,
    annotations: counts.get(row.id) ?? 0,
  }));
}

/** How many annotations the viewer may read on each source, in one grouped query. */
async function annotationCounts(db: Db, actor: Access | null, sourceIds: string[]): Promise<Map<string, number>> {
  if (sourceIds.length === 0) return new Map();
  const groups = await db.annotation.groupBy({
    by: ["sourceId"],
    where: { sourceId: { in: sourceIds }, ...visibleAnnotationsWhere(visibilityActor(actor)) },
    _count: { _all: true },
  });
  return new Map(groups.map((g) => [g.sourceId, g._count._all]));
}

export interface GetReaderSourceOptions {
  db: Db;
  /** The caller's access (lib/access); null when signed out. */
  actor: Access | null;
  input: { idOrSlug: string };
}

// 32 M characters: the whole starter corpus is under 0.5 M; one text is at most 5 MB.
const versionContents = new VersionContentCache(32 * 1024 * 1024);

/**
 * A source with its current version, by id or slug; null when there is none or the
 * viewer may not read it, so a group's source is indistinguishable from no source.
 */
export async function getReaderSource({ db, actor, input }: GetReaderSourceOptions): Promise<ReaderSource | null> {
  const { idOrSlug } = input;
  const row = await db.source.findFirst({
    where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] },
    select: { ...summarySelect, currentVersion: { select: { id: true, number: true, length: true } } },
  });
  if (row === null || row.currentVersion === null) return null;
  const { currentVersion: v, groupId, ...meta } = row;
  if (!maySeeSource(actor, groupId)) return null;
  const content = versionContents.get(v.id) ?? (await readVersionContent(db, v.id));
  if (content === null) return null;
  versionContents.set(v.id, content);
  return { ...meta, groupId, length: v.length, versionNumber: v.number, versionId: v.id, ...content };
}

async function readVersionContent(db: Db, versionId: string): Promise<VersionContent | null> {
  const v = await db.sourceVersion.findUnique({
    where: { id: versionId },
    select: { text: true, blocks: true, marks: true, sections: true, citationsParsedAt: true },
  });
  if (v === null) return null;
  // A version stored before citations were parsed at import gets them on first read.
  if (v.citationsParsedAt === null) await backfillCitations({ db, versionIds: [versionId] });
  return {
    text: v.text,
    blocks: readBlocks(v.blocks),
    marks: readMarks(v.marks),
    sections: readSections(v.sections),
    citations: await readerCitations(db, versionId),
  };
}

async function readerCitations(db: Db, versionId: string): Promise<ReaderCitation[]> {
  const rows = await db.sourceCitation.findMany({
    where: { versionId },
    orderBy: { start: "asc" },
    select: { start: true, end: true, kind: true, raw: true, ibid: true, archive: true, fond: true, opis: true, delo: true, volume: true, list: true, title: true, year: true, pages: true },
  });
  return rows.flatMap(({ kind, ...row }) => {
    const known = citationKindOf(kind);
    return known === undefined ? [] : [{ ...row, kind: known }];
  });
}
