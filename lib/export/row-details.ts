import type { Layer, LinkKind } from "@/lib/annotations/dto";
import { annotationPath } from "@/lib/reader/annotation-link";
import { personDto } from "@/lib/annotations/to-dto";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { ExportCitation, ExportLink, ExportSource } from "./row";
import type { ExportViewer } from "./viewer";
import { visibleToViewerSql } from "./visible-sql";

export interface RowDetails {
  authors: Map<string, { id: string; name: string }>;
  links: Map<string, ExportLink[]>;
  citations: Map<string, ExportCitation[]>;
  sources: Map<string, ExportSource>;
}

export const passageUrl = (baseUrl: string, sourceSlug: string, annotationId: string): string => `${baseUrl}${annotationPath(sourceSlug, annotationId)}`;

/** Sources met so far in one export: an export of one source reads its metadata once. */
export class SourceCache {
  readonly #known = new Map<string, ExportSource>();
  readonly #db: Db;
  readonly baseUrl: string;

  constructor(db: Db, baseUrl: string) {
    this.#db = db;
    this.baseUrl = baseUrl;
  }

  async load(ids: Iterable<string>): Promise<Map<string, ExportSource>> {
    const missing = [...new Set(ids)].filter((id) => !this.#known.has(id));
    if (missing.length > 0) {
      const rows = await this.#db.source.findMany({
        where: { id: { in: missing } },
        select: { id: true, slug: true, title: true, author: true, site: true, url: true, published: true, language: true, kind: true, perspective: true, groupId: true },
      });
      for (const row of rows) this.#known.set(row.id, { ...row, readerUrl: `${this.baseUrl}/sources/${encodeURIComponent(row.slug)}` });
    }
    return this.#known;
  }
}

interface LinkRow {
  id: string;
  kind: LinkKind;
  note: string | null;
  direction: "from" | "to";
  selfId: string;
  otherId: string;
  otherExact: string;
  otherLayer: Layer;
  otherSourceId: string;
  otherSourceSlug: string;
  otherSourceTitle: string;
}

/** One query each for a batch's authors, links (other end visible to the viewer) and citations. */
export async function rowDetails(db: Db, viewer: ExportViewer, rows: { id: string; authorId: string; sourceId: string }[], sources: SourceCache): Promise<RowDetails> {
  const ids = rows.map((r) => r.id);
  const visible = visibleToViewerSql(viewer);
  const otherEnd = (self: Prisma.Sql, other: Prisma.Sql, direction: "from" | "to") => Prisma.sql`
    SELECT l.id, l.kind::text AS kind, l.note, ${direction}::text AS direction, ${self} AS "selfId",
           a.id AS "otherId", a.exact AS "otherExact", a.layer::text AS "otherLayer",
           s.id AS "otherSourceId", s.slug AS "otherSourceSlug", s.title AS "otherSourceTitle"
    FROM "AnnotationLink" AS l JOIN "Annotation" AS a ON a.id = ${other} JOIN "Source" AS s ON s.id = a."sourceId"
    WHERE l."deletedAt" IS NULL AND ${self} = ANY(${ids}::text[]) AND ${visible}`;
  const [users, links, citations, sourceMap] = await Promise.all([
    db.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.authorId))] } }, select: { id: true, name: true } }),
    db.$queryRaw<LinkRow[]>`${otherEnd(Prisma.sql`l."fromId"`, Prisma.sql`l."toId"`, "from")} UNION ALL ${otherEnd(Prisma.sql`l."toId"`, Prisma.sql`l."fromId"`, "to")} ORDER BY id`,
    db.archivalCitation.findMany({
      where: { annotationId: { in: ids } },
      orderBy: { id: "asc" },
      select: { annotationId: true, archive: true, fond: true, opis: true, delo: true, list: true, publishedIn: true, documentDate: true, url: true },
    }),
    sources.load(rows.map((r) => r.sourceId)),
  ]);
  return {
    authors: new Map(users.map((u) => [u.id, personDto(u)])),
    links: groupBy(links, (l) => l.selfId, (l): ExportLink => ({
      id: l.id,
      kind: l.kind,
      direction: l.direction,
      note: l.note,
      other: {
        id: l.otherId,
        exact: l.otherExact,
        layer: l.otherLayer,
        sourceId: l.otherSourceId,
        sourceSlug: l.otherSourceSlug,
        sourceTitle: l.otherSourceTitle,
        passageUrl: passageUrl(sources.baseUrl, l.otherSourceSlug, l.otherId),
      },
    })),
    citations: groupBy(citations, (c) => c.annotationId, ({ annotationId: _a, ...c }) => c),
    sources: sourceMap,
  };
}

function groupBy<T, V>(items: T[], key: (item: T) => string, value: (item: T) => V): Map<string, V[]> {
  const out = new Map<string, V[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list === undefined) out.set(k, [value(item)]);
    else list.push(value(item));
  }
  return out;
}
