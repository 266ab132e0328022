// Reads the claim graph the reader may see: every apologist claim, and, walking links
// backwards, every annotation that attacks or supports one of them, transitively.
// Both ends of every link pass lib/policy's visibility filter and readable sources,
// so nothing here reveals a quote, or even the existence of an answer, the reader may not see.
import { type Access, groupIdsOf, visibilityActor } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { snippet } from "@/lib/annotations/summary";
import { personDto } from "@/lib/annotations/to-dto";
import { readableSourcesWhere, visibleAnnotationsWhere } from "@/lib/policy";
import { CHAIN_DEPTH, CHAIN_KINDS } from "./chain";
import type { BoardAnnotation, BoardLink, ClaimGraph } from "./types";

/** Rounds of the backward walk: the chain's depth, plus one so the last shown answers have their attackers judged. */
const MAX_ROUNDS = CHAIN_DEPTH + 1;

const select = {
  id: true,
  layer: true,
  exact: true,
  bodyText: true,
  tags: true,
  createdAt: true,
  author: { select: { id: true, name: true } },
  source: { select: { id: true, slug: true, title: true, published: true } },
  citations: { take: 1, orderBy: { id: "asc" }, omit: { id: true, annotationId: true } },
} as const satisfies Prisma.AnnotationSelect;

type Row = Prisma.AnnotationGetPayload<{ select: typeof select }>;

function boardAnnotation(row: Row): BoardAnnotation {
  return {
    id: row.id,
    layer: row.layer,
    exact: snippet(row.exact, 280),
    note: snippet(row.bodyText, 200),
    tags: row.tags,
    createdAt: row.createdAt.toISOString(),
    author: personDto(row.author),
    source: row.source,
    citation: row.citations[0] ?? null,
  };
}

export async function loadClaimGraph(db: Db, actor: Access | null): Promise<ClaimGraph> {
  const visible: Prisma.AnnotationWhereInput = {
    AND: [visibleAnnotationsWhere(visibilityActor(actor)), { source: readableSourcesWhere(groupIdsOf(actor)) }],
  };
  const claims = await db.annotation.findMany({ where: { AND: [visible, { layer: "apologist_claim" }] }, select });
  const annotations = new Map(claims.map((row) => [row.id, boardAnnotation(row)]));
  const links = new Map<string, BoardLink>();
  let frontier = [...annotations.keys()];
  for (let round = 0; round < MAX_ROUNDS && frontier.length > 0; round += 1) {
    const found = await db.annotationLink.findMany({
      where: { deletedAt: null, kind: { in: CHAIN_KINDS as BoardLink["kind"][] }, toId: { in: frontier }, from: visible },
      select: { id: true, fromId: true, toId: true, kind: true, note: true, from: { select } },
    });
    const next = new Set<string>();
    for (const { from, ...link } of found) {
      links.set(link.id, link);
      if (annotations.has(from.id)) continue;
      annotations.set(from.id, boardAnnotation(from));
      next.add(from.id);
    }
    frontier = [...next];
  }
  return { annotations: [...annotations.values()], links: [...links.values()] };
}
