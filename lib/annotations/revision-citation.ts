// A revision keeps the archival citation in force after it as JSON (AnnotationRevision.citation),
// so a citation edited later still shows in the note's history.
import { Prisma } from "@/lib/db/generated/client";
import type { ArchivalCitationDto } from "./dto";

const FIELDS = ["archive", "fond", "opis", "delo", "list", "publishedIn", "documentDate", "url"] as const satisfies readonly (keyof ArchivalCitationDto)[];

type CitationFields = Record<(typeof FIELDS)[number], string | null>;

/** The value to store: the citation's fields only (not its ids), or the database's NULL for none. */
export function citationForRevision(citation: CitationFields | null | undefined): Prisma.InputJsonObject | typeof Prisma.DbNull {
  if (citation === null || citation === undefined) return Prisma.DbNull;
  return Object.fromEntries(FIELDS.map((key) => [key, citation[key]]));
}

/** The stored JSON read back field by field: strings or null, whatever the column holds. */
export function revisionCitation(stored: unknown): ArchivalCitationDto | null {
  if (stored === null || typeof stored !== "object" || Array.isArray(stored)) return null;
  const record = stored as Record<string, unknown>;
  const entries = FIELDS.map((key) => [key, typeof record[key] === "string" ? record[key] : null] as const);
  return Object.fromEntries(entries) as CitationFields;
}
