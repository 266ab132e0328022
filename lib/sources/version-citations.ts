// The citations of a version's text, parsed once by lib/citations and stored beside
// the version (SourceCitation), so that the reader and the citation index read them
// instead of parsing 280 KB on every request.
import { parseArchivalCitations, type Citation } from "@/lib/citations";
import { citationContext } from "@/lib/citations/context";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

const KINDS = ["archival", "case", "published"] as const;

/** A stored row's kind read back as the parser's type; undefined for anything else. */
export function citationKindOf(kind: string): (typeof KINDS)[number] | undefined {
  return KINDS.find((k) => k === kind);
}

export type CitationRow = Omit<Prisma.SourceCitationCreateManyInput, "versionId" | "id">;

/** One row per citation of `text`, fields absent on the citation stored as null. */
export function citationRows(text: string): CitationRow[] {
  return parseArchivalCitations(text).map((c) => rowOf(c, citationContext(text, c.start, c.end)));
}

function rowOf(c: Citation, context: string): CitationRow {
  const common = { start: c.start, end: c.end, kind: c.kind, raw: c.raw, context, ibid: c.ibid === true };
  switch (c.kind) {
    case "archival":
      return {
        ...common,
        archive: c.archive ?? null,
        collection: c.collection ?? null,
        fond: c.fond ?? null,
        opis: c.opis ?? null,
        box: c.box ?? null,
        delo: c.delo ?? null,
        volume: c.volume ?? null,
        list: c.list ?? null,
      };
    case "case":
      return { ...common, caseType: c.caseType, delo: c.delo, volume: c.volume ?? null, list: c.list ?? null };
    case "published":
      return { ...common, title: c.title, volume: c.volume ?? null, year: c.year ?? null, pages: c.pages ?? null };
  }
}

/**
 * Parses and stores the citations of one version unless that was done already. The
 * claim (citationsParsedAt set where it was null) and the rows are one transaction,
 * so two instances backfilling together store each version's citations once.
 */
async function parseVersion(db: Db, id: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.sourceVersion.updateMany({ where: { id, citationsParsedAt: null }, data: { citationsParsedAt: new Date() } });
    if (claimed.count === 0) return false;
    const version = await tx.sourceVersion.findUniqueOrThrow({ where: { id }, select: { text: true } });
    await tx.sourceCitation.createMany({ data: citationRows(version.text).map((row) => ({ ...row, versionId: id })) });
    return true;
  });
}

/**
 * Versions stored before citations were parsed at import (migration
 * 20261203000600_source_citations) get theirs here: at startup, and before the reader
 * or the citation index reads them. Answers how many versions it parsed.
 */
export async function backfillCitations({ db, versionIds }: { db: Db; versionIds?: string[] }): Promise<number> {
  const pending = await db.sourceVersion.findMany({
    where: { citationsParsedAt: null, ...(versionIds === undefined ? {} : { id: { in: versionIds } }) },
    select: { id: true },
  });
  let parsed = 0;
  for (const { id } of pending) if (await parseVersion(db, id)) parsed++;
  return parsed;
}
