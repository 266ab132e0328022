// The one way annotations are read for the API: the rows with their author and
// group, then replies counted, citations and links loaded for all rows at once.
// Loading those as nested includes made Prisma aggregate JSON per row, which was
// 6x slower for a source's 2,000 annotations. Links are filtered by the reader's
// visibility, so a link never reveals a quote the reader may not see.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { VisibleAnnotationsWhere } from "@/lib/policy";

export const annotationInclude = {
  author: { select: { id: true, name: true } },
  group: { select: { name: true } },
} satisfies Prisma.AnnotationInclude;

type BaseRow = Prisma.AnnotationGetPayload<{ include: typeof annotationInclude }>;

const linkEnd = { select: { id: true, sourceId: true, exact: true, source: { select: { title: true } } } } as const;

type Citation = Prisma.ArchivalCitationGetPayload<object>;
type LinkRow = { id: string; kind: Prisma.AnnotationLinkGetPayload<object>["kind"]; note: string | null };
export type LinkEnd = { id: string; sourceId: string; exact: string; source: { title: string } };

export type AnnotationRow = BaseRow & {
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

/** Adds reply counts, citations and readable links to rows, in at most four queries whatever their number. */
export async function withExtras(db: Db, rows: BaseRow[], visible: VisibleAnnotationsWhere): Promise<AnnotationRow[]> {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const [replies, citations, links] = await Promise.all([
    db.reply.groupBy({ by: ["annotationId"], where: { annotationId: { in: ids }, deletedAt: null }, _count: { _all: true } }),
    db.archivalCitation.findMany({ where: { annotationId: { in: ids } }, orderBy: { id: "asc" } }),
    db.annotationLink.findMany({
      where: { OR: [{ fromId: { in: ids } }, { toId: { in: ids } }] },
      orderBy: { createdAt: "asc" },
      select: { id: true, kind: true, note: true, fromId: true, toId: true },
    }),
  ]);
  const ends = await readableEnds(db, links, new Set(ids), visible);
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
  visible: VisibleAnnotationsWhere,
): Promise<Map<string, LinkEnd>> {
  const wanted = new Set<string>();
  for (const l of links) {
    if (ids.has(l.fromId)) wanted.add(l.toId);
    if (ids.has(l.toId)) wanted.add(l.fromId);
  }
  if (wanted.size === 0) return new Map();
  const ends = await db.annotation.findMany({ where: { AND: [visible, { id: { in: [...wanted] } }] }, ...linkEnd });
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
