import { roleIn } from "@/lib/access";
import { readableSource } from "@/lib/annotations/source-access";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/http/app-error";
import { claimChainIds } from "./claim-chain";
import type { ExportQuery } from "./schemas";
import type { ExportViewer } from "./viewer";
import { visibleToViewerSql } from "./visible-sql";

/** What an export covers, as one SQL condition on "Annotation" AS a joined to "Source" AS s. */
export interface ResolvedScope {
  where: Prisma.Sql;
  /** For the file's heading and name: the source's or group's name, or what was picked. */
  title: string;
}

const notFound = (what: string) => new AppError("not_found", `${what} not found.`);

/**
 * The query's scope and filters, after checking the viewer may read what it names:
 * a source or group they may not read is "not found", as everywhere else. The
 * visibility condition is always part of `where`, so picked ids or a claim's
 * chain never reach past it.
 */
export async function resolveScope(db: Db, viewer: ExportViewer, query: ExportQuery): Promise<ResolvedScope> {
  const visible = visibleToViewerSql(viewer);
  const parts: Prisma.Sql[] = [visible];
  const titles: string[] = [];
  if (query.source !== undefined) {
    const source = await db.source.findFirst({ where: { OR: [{ id: query.source }, { slug: query.source }] }, select: { id: true, title: true } });
    if (source === null) throw notFound("Source");
    if (viewer.kind === "caller") await readableSource(db, viewer.access, source.id);
    parts.push(Prisma.sql`a."sourceId" = ${source.id}`);
    titles.push(source.title);
  }
  if (query.sources !== undefined && query.sources.length > 0) {
    const wanted = [...new Set(query.sources)];
    const found = await db.source.findMany({ where: { OR: [{ id: { in: wanted } }, { slug: { in: wanted } }] }, select: { id: true, slug: true, title: true } });
    // Each name must be a source the viewer may read: one missing or hidden makes the whole export "not found".
    const named = wanted.map((w) => found.find((s) => s.id === w || s.slug === w));
    if (named.some((s) => s === undefined)) throw notFound("Source");
    const sources = [...new Map(named.map((s) => [s!.id, s!])).values()];
    if (viewer.kind === "caller") for (const s of sources) await readableSource(db, viewer.access, s.id);
    parts.push(Prisma.sql`a."sourceId" = ANY(${sources.map((s) => s.id)}::text[])`);
    titles.push(sources.map((s) => s.title).join(" and "));
  }
  if (query.group !== undefined) {
    const group = await db.group.findUnique({ where: { id: query.group }, select: { id: true, name: true } });
    if (group === null || (viewer.kind === "caller" && roleIn(viewer.access, group.id) === null)) throw notFound("Group");
    parts.push(Prisma.sql`a."groupId" = ${group.id}`);
    titles.push(group.name);
  }
  if (query.claim !== undefined) {
    const ids = await claimChainIds(db, query.claim, visible);
    if (ids.length === 0) throw notFound("Annotation");
    parts.push(Prisma.sql`a.id = ANY(${ids}::text[])`);
    titles.push("Claim and its chain");
  }
  if (query.ids !== undefined) {
    parts.push(Prisma.sql`a.id = ANY(${query.ids}::text[])`);
    titles.push("Selected annotations");
  }
  return { where: Prisma.join([...parts, ...filterSql(query)], " AND "), title: titles.join(": ") };
}

function filterSql(q: ExportQuery): Prisma.Sql[] {
  const out: Prisma.Sql[] = [];
  if (q.layer !== undefined) out.push(Prisma.sql`a.layer::text = ANY(${q.layer}::text[])`);
  if (q.tag !== undefined) out.push(Prisma.sql`a.tags && ${q.tag}::text[]`);
  if (q.author !== undefined) out.push(Prisma.sql`a."authorId" = ANY(${q.author}::text[])`);
  if (q.visibility !== undefined) out.push(Prisma.sql`a.visibility::text = ANY(${q.visibility}::text[])`);
  if (q.from !== undefined) out.push(Prisma.sql`a."createdAt" >= ${q.from}::date`);
  if (q.to !== undefined) out.push(Prisma.sql`a."createdAt" < (${q.to}::date + 1)`);
  return out;
}
