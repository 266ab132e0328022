// The one way annotations are read for the API: the rows, then their authors,
// groups, reply counts, citations and links loaded for all rows at once. Nested
// includes were 5x slower for a source's 2,000 annotations: Prisma sent one bind
// parameter per row for each relation, and aggregated links per row. Links are filtered by the reader's
// visibility, so a link never reveals a quote the reader may not see.
import { type Access, groupIdsOf, visibilityActor } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { readableSourcesWhere, visibleAnnotationsWhere, visibleEntriesWhere } from "@/lib/policy";

type BaseRow = Prisma.AnnotationGetPayload<object>;

const linkEnd = {
  select: { id: true, sourceId: true, exact: true, authorId: true, groupId: true, visibility: true, source: { select: { title: true, slug: true } } },
} as const;

type Citation = Prisma.ArchivalCitationGetPayload<object>;
type LinkRow = { id: string; kind: Prisma.AnnotationLinkGetPayload<object>["kind"]; note: string | null; createdById: string };
export type LinkEnd = Prisma.AnnotationGetPayload<typeof linkEnd>;

export type AnnotationRow = BaseRow & {
  author: { id: string; name: string | null };
  group: { name: string } | null;
  replyCount: number;
  citations: Citation[];
  linksFrom: (LinkRow & { to: LinkEnd })[];
  linksTo: (LinkRow & { from: LinkEnd })[];
};

function group<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list === undefined) map.set(key(item), [item]);
    else list.push(item);
  }
  return map;
}

/**
 * Adds authors, groups, reply counts, citations and readable links to rows, in at
 * most six queries whatever their number. `scope` selects the same annotations as
 * `rows` (e.g. `{ sourceId }`), so the queries need not list thousands of ids.
 */
export async function withExtras(
  db: Db,
  rows: BaseRow[],
  access: Access | null,
  scope: Prisma.AnnotationWhereInput,
): Promise<AnnotationRow[]> {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const visible = visibleAnnotationsWhere(visibilityActor(access));
  const authorIds = [...new Set(rows.map((r) => r.authorId))];
  const groupIds = [...new Set(rows.flatMap((r) => (r.groupId === null ? [] : [r.groupId])))];
  const [authors, groups, replies, citations, links] = await Promise.all([
    db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } }),
    groupIds.length === 0 ? [] : db.group.findMany({ where: { id: { in: groupIds } }, select: { id: true, name: true } }),
    db.reply.groupBy({
      by: ["annotationId"],
      // Counts only the replies the reader may read (lib/policy/entry-rules.ts).
      where: { AND: [{ annotation: scope, deletedAt: null }, visibleEntriesWhere(visible)] },
      _count: { _all: true },
    }),
    db.archivalCitation.findMany({ where: { annotation: scope }, orderBy: { id: "asc" } }),
    db.annotationLink.findMany({
      // Removed links are kept for undo, never shown.
      where: { deletedAt: null, OR: [{ from: scope }, { to: scope }] },
      orderBy: { createdAt: "asc" },
      select: { id: true, kind: true, note: true, createdById: true, fromId: true, toId: true },
    }),
  ]);
  const ends = await readableEnds(db, links, new Set(ids), access);
  const authorOf = new Map(authors.map((a) => [a.id, a]));
  const groupOf = new Map(groups.map((g) => [g.id, g]));
  const replyCount = new Map(replies.map((r) => [r.annotationId, r._count._all]));
  const citationsOf = group(citations, (c) => c.annotationId);
  const linksFrom = group(
    links.flatMap((l) => (ends.has(l.toId) ? [{ ...l, to: ends.get(l.toId)! }] : [])),
    (l) => l.fromId,
  );
  const linksTo = group(
    links.flatMap((l) => (ends.has(l.fromId) ? [{ ...l, from: ends.get(l.fromId)! }] : [])),
    (l) => l.toId,
  );
  return rows.map((row) => ({
    ...row,
    author: authorOf.get(row.authorId) ?? { id: row.authorId, name: null },
    group: row.groupId === null ? null : (groupOf.get(row.groupId) ?? null),
    replyCount: replyCount.get(row.id) ?? 0,
    citations: citationsOf.get(row.id) ?? [],
    linksFrom: linksFrom.get(row.id) ?? [],
    linksTo: linksTo.get(row.id) ?? [],
  }));
}

/** The far ends of links that the reader may see; most sources have few links, often none. */
async function readableEnds(
  db: Db,
  links: { fromId: string; toId: string }[],
  ids: Set<string>,
  access: Access | null,
): Promise<Map<string, LinkEnd>> {
  const wanted = new Set<string>();
  for (const l of links) {
    if (ids.has(l.fromId)) wanted.add(l.toId);
    if (ids.has(l.toId)) wanted.add(l.fromId);
  }
  if (wanted.size === 0) return new Map();
  // An end on a source the reader may not open stays hidden, like its quote.
  const readable = [visibleAnnotationsWhere(visibilityActor(access)), { source: readableSourcesWhere(groupIdsOf(access)) }];
  const ends = await db.annotation.findMany({ where: { AND: [...readable, { id: { in: [...wanted] } }] }, ...linkEnd });
  return new Map(ends.map((e) => [e.id, e]));
}

/** What lib/policy judges an annotation by. */
export function annotationResource(row: {
  authorId: string;
  groupId: string | null;
  visibility: "private" | "group" | "public";
  deletedAt: Date | null;
}) {
  return {
    kind: "annotation" as const,
    authorId: row.authorId,
    groupId: row.groupId,
    visibility: row.visibility,
    deleted: row.deletedAt !== null,
  };
}
