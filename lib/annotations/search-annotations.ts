import { type Access, groupIdsOf, visibilityActor } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { readableSourcesWhere, visibleAnnotationsWhere } from "@/lib/policy";
import type { LinkCandidatesDto } from "./dto";
import { parseInput } from "./parse-input";
import { SEARCH_LIMIT, SearchAnnotationsQuery } from "./schemas";
import { snippet } from "./summary";
import { personDto } from "./to-dto";

export interface SearchAnnotationsOptions {
  db: Db;
  /** The caller's access (lib/access); null when signed out. */
  actor: Access | null;
  /** Untrusted query string values, parsed with SearchAnnotationsQuery. */
  query: unknown;
}

/** Prisma passes `contains` to LIKE as is, so a typed % or _ would match anything. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Annotations the caller may read, on sources they may read, whose quote, note or
 * source title holds the search words, newest first: the link form's way to reach
 * a note in another text without leaving the one being read.
 */
export async function searchAnnotations({ db, actor, query }: SearchAnnotationsOptions): Promise<LinkCandidatesDto> {
  const { q, layer, notSource } = parseInput(SearchAnnotationsQuery, query);
  // Every word must appear somewhere, so "Radek confession" finds a note whose quote names Radek and whose note says confession.
  const words = q.split(/\s+/).slice(0, 8);
  const rows = await db.annotation.findMany({
    where: {
      AND: [
        visibleAnnotationsWhere(visibilityActor(actor)),
        { anchorStatus: { not: "orphaned" } },
        { source: readableSourcesWhere(groupIdsOf(actor)) },
        layer === undefined ? {} : { layer },
        notSource === undefined ? {} : { sourceId: { not: notSource } },
        ...words.map((word) => {
          const contains = { contains: escapeLike(word), mode: "insensitive" as const };
          return { OR: [{ exact: contains }, { bodyText: contains }, { source: { title: contains } }] };
        }),
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: SEARCH_LIMIT + 1,
    select: {
      id: true,
      sourceId: true,
      layer: true,
      exact: true,
      bodyText: true,
      createdAt: true,
      source: { select: { title: true, slug: true } },
      author: { select: { id: true, name: true } },
    },
  });
  return {
    results: rows.slice(0, SEARCH_LIMIT).map((r) => ({
      id: r.id,
      sourceId: r.sourceId,
      sourceSlug: r.source.slug,
      sourceTitle: r.source.title,
      createdAt: r.createdAt.toISOString(),
      layer: r.layer,
      author: personDto(r.author),
      exact: snippet(r.exact, 160),
      note: snippet(r.bodyText, 120),
    })),
    more: rows.length > SEARCH_LIMIT,
  };
}
