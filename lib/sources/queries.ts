import { db, type Db } from "@/lib/db/client";
import { roleInGroup } from "@/lib/groups/membership";
import { readableSourcesWhere } from "@/lib/policy";
import { mayRead, rolesByGroup, type Viewer } from "./source-access";
import { readBlocks, readMarks, readSections } from "./stored-document";
import type { LibrarySource, ReaderSource } from "./types";

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

/**
 * The library: public sources plus those of the viewer's groups, optionally filtered
 * by a phrase in their metadata. Signed out (no viewer) sees the public ones only.
 */
export async function listSources(filter?: string, client: Db = db(), viewer: Viewer | null = null): Promise<LibrarySource[]> {
  const phrase = filter?.trim() ?? "";
  const contains = { contains: phrase, mode: "insensitive" as const };
  const roles = await rolesByGroup(client, viewer);
  const rows = await client.source.findMany({
    where: {
      ...readableSourcesWhere([...roles.keys()]),
      currentVersionId: { not: null },
      ...(phrase === ""
        ? {}
        : { AND: [{ OR: [{ title: contains }, { author: contains }, { site: contains }, { perspective: contains }, { kind: contains }] }] }),
    },
    orderBy: { title: "asc" },
    select: { ...summarySelect, group: { select: { name: true } } },
  });
  // The where above narrows the rows; the policy still has the last word on each.
  return rows
    .filter((row) => mayRead(viewer, row.groupId === null ? null : (roles.get(row.groupId) ?? null), row.groupId))
    .map(({ currentVersion, group, groupId: _groupId, ...row }) => ({
      ...row,
      groupName: group?.name ?? null,
      length: currentVersion?.length ?? 0,
      versionNumber: currentVersion?.number ?? 0,
    }));
}

/**
 * A source with its current version, by id or slug; null when there is none or the
 * viewer may not read it, so a group's source is indistinguishable from no source.
 */
export async function getReaderSource(idOrSlug: string, client: Db = db(), viewer: Viewer | null = null): Promise<ReaderSource | null> {
  const row = await client.source.findFirst({
    where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] },
    select: {
      ...summarySelect,
      currentVersion: { select: { id: true, number: true, length: true, text: true, blocks: true, marks: true, sections: true } },
    },
  });
  if (row === null || row.currentVersion === null) return null;
  const { currentVersion: v, groupId, ...meta } = row;
  const role = groupId === null || viewer === null ? null : await roleInGroup(client, viewer.id, groupId);
  if (!mayRead(viewer, role, groupId)) return null;
  return {
    ...meta,
    groupId,
    length: v.length,
    versionNumber: v.number,
    versionId: v.id,
    text: v.text,
    blocks: readBlocks(v.blocks),
    marks: readMarks(v.marks),
    sections: readSections(v.sections),
  };
}
