import type { BodyDoc } from "@/lib/annotations/body";
import { type AnchorStatus, type Layer, LAYER_LABELS, type VisibilityDto } from "@/lib/annotations/dto";
import { bodyDoc } from "@/lib/annotations/to-dto";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { passageUrl, type RowDetails, rowDetails, SourceCache } from "./row-details";
import type { ResolvedScope } from "./resolve-scope";
import type { ExportRow } from "./row";
import type { ExportViewer } from "./viewer";

/** Rows per query: large enough to amortize the round trips, small enough to keep memory flat. */
export const EXPORT_BATCH_SIZE = 500;

export interface ReadRowsOptions {
  db: Db;
  viewer: ExportViewer;
  scope: ResolvedScope;
  /** The app's origin, for passage links ("https://example.org"). */
  baseUrl: string;
  batchSize?: number;
}

interface Fetched {
  id: string;
  sourceId: string;
  sourceSlug: string;
  versionId: string;
  groupId: string | null;
  authorId: string;
  visibility: VisibilityDto;
  layer: Layer;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  anchorStatus: AnchorStatus;
  body: unknown;
  bodyText: string;
  tags: string[];
  createdAt: Date;
  updatedAt: Date;
  orphaned: boolean;
}

// Sources by slug, then document order, orphans last (their offsets belong to an
// older text); the key of the last row is where the next batch starts (keyset,
// not OFFSET, so each batch costs the same however deep the export is).
const ORPHANED = Prisma.sql`(a."anchorStatus" = 'orphaned')`;

/**
 * The scope's annotations as ExportRows, one batch at a time: each batch is read,
 * completed (authors, links, citations, sources) and handed on before the next is
 * read, so an export of any size holds one batch in memory.
 */
export async function* readExportRows({ db, viewer, scope, baseUrl, batchSize = EXPORT_BATCH_SIZE }: ReadRowsOptions): AsyncGenerator<ExportRow[]> {
  const sources = new SourceCache(db, baseUrl);
  let after: Fetched | null = null;
  for (;;) {
    const fetched: Fetched[] = await db.$queryRaw<Fetched[]>`
      SELECT a.id, a."sourceId", s.slug AS "sourceSlug", a."versionId", a."groupId", a."authorId",
             a.visibility::text AS visibility, a.layer::text AS layer, a.start, a."end", a.exact, a.prefix, a.suffix,
             a."anchorStatus"::text AS "anchorStatus", a.body, a."bodyText", a.tags, a."createdAt", a."updatedAt",
             ${ORPHANED} AS orphaned
      FROM "Annotation" AS a JOIN "Source" AS s ON s.id = a."sourceId"
      WHERE ${scope.where}
        ${after === null ? Prisma.empty : Prisma.sql`AND (s.slug, ${ORPHANED}, a.start, a."end", a.id) > (${after.sourceSlug}, ${after.orphaned}, ${after.start}::int, ${after.end}::int, ${after.id})`}
      ORDER BY s.slug, ${ORPHANED}, a.start, a."end", a.id
      LIMIT ${batchSize}`;
    if (fetched.length === 0) return;
    const details = await rowDetails(db, viewer, fetched, sources);
    yield fetched.map((row) => exportRow(row, details, baseUrl));
    if (fetched.length < batchSize) return;
    after = fetched.at(-1) ?? null;
  }
}

function exportRow(row: Fetched, details: RowDetails, baseUrl: string): ExportRow {
  const source = details.sources.get(row.sourceId);
  if (source === undefined) throw new Error(`export: source ${row.sourceId} was not loaded`);
  const body: BodyDoc = bodyDoc(row.body);
  return {
    id: row.id,
    source,
    versionId: row.versionId,
    start: row.start,
    end: row.end,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    anchorStatus: row.anchorStatus,
    layer: row.layer,
    layerLabel: LAYER_LABELS[row.layer],
    visibility: row.visibility,
    groupId: row.groupId,
    body,
    bodyText: row.bodyText,
    tags: row.tags,
    author: details.authors.get(row.authorId) ?? { id: row.authorId, name: "Unnamed reader" },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    links: details.links.get(row.id) ?? [],
    citations: details.citations.get(row.id) ?? [],
    passageUrl: passageUrl(baseUrl, row.sourceSlug, row.id),
  };
}

/** The batches as one stream of rows, for formats that write row by row. */
export async function* eachRow(batches: AsyncIterable<ExportRow[]>): AsyncGenerator<ExportRow> {
  for await (const batch of batches) yield* batch;
}
