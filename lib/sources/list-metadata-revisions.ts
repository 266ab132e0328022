import type { Access } from "@/lib/access";
import { readableSource } from "@/lib/annotations/source-access";
import { personDto } from "@/lib/annotations/to-dto";
import type { PersonDto } from "@/lib/annotations/dto";
import type { Db } from "@/lib/db/client";
import { MetadataChanges } from "./metadata-edit-schema";

export interface MetadataRevisionDto {
  id: string;
  /** null: the editor's account was deleted. */
  editor: PersonDto | null;
  createdAt: string;
  changes: MetadataChanges;
}

export function revisionDto(row: { id: string; changes: unknown; createdAt: Date; editor: { id: string; name: string | null } | null }): MetadataRevisionDto {
  return { id: row.id, editor: row.editor === null ? null : personDto(row.editor), createdAt: row.createdAt.toISOString(), changes: MetadataChanges.parse(row.changes) };
}

/** At most this many, newest first: a source's details change rarely. */
const HISTORY_LIMIT = 100;

export interface ListMetadataRevisionsOptions {
  db: Db;
  actor: Access | null;
  sourceId: string;
}

/** Every change to a source's metadata, newest first, for whoever may read the source. */
export async function listMetadataRevisions({ db, actor, sourceId }: ListMetadataRevisionsOptions): Promise<MetadataRevisionDto[]> {
  const source = await readableSource(db, actor, sourceId);
  const rows = await db.sourceMetadataRevision.findMany({
    where: { sourceId: source.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: HISTORY_LIMIT,
    select: { id: true, changes: true, createdAt: true, editor: { select: { id: true, name: true } } },
  });
  return rows.map(revisionDto);
}
