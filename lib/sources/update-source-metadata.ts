import { type Access, actorIn } from "@/lib/access";
import { readableSource } from "@/lib/annotations/source-access";
import type { Db } from "@/lib/db/client";
import { parseInput } from "@/lib/http";
import { assertCan, sourceResource } from "@/lib/policy";
import { METADATA_FIELDS, type MetadataChanges, UpdateSourceMetadataInput } from "./metadata-edit-schema";
import { type MetadataRevisionDto, revisionDto } from "./list-metadata-revisions";

export interface UpdateSourceMetadataOptions {
  db: Db;
  /** The caller's access (lib/access); null when signed out. */
  actor: Access | null;
  sourceId: string;
  /** Untrusted: parsed with UpdateSourceMetadataInput. */
  input: unknown;
}

export interface UpdatedSourceMetadata {
  /** null when nothing differed from what was stored: no revision is written. */
  revision: MetadataRevisionDto | null;
}

/**
 * Changes a source's metadata and keeps the change, with who and when, in one
 * transaction. Who may: lib/policy's "source:edit-metadata" (a group's editors; the
 * instance's administrators for the public corpus).
 */
export async function updateSourceMetadata({ db, actor, sourceId, input }: UpdateSourceMetadataOptions): Promise<UpdatedSourceMetadata> {
  const fields = parseInput(UpdateSourceMetadataInput, input);
  const source = await readableSource(db, actor, sourceId);
  assertCan(actorIn(actor, source.groupId), "source:edit-metadata", sourceResource(source.groupId));
  const editorId = actor?.userId ?? null;
  return db.$transaction(async (tx) => {
    // Locks the row, so two editors' changes are recorded against what each replaced.
    const [current] = await tx.$queryRaw<Array<Record<(typeof METADATA_FIELDS)[number], string | null>>>`
      SELECT "title", "author", "site", "url", "published", "language", "kind", "perspective" FROM "Source" WHERE "id" = ${source.id} FOR UPDATE`;
    if (current === undefined) return { revision: null };
    const changes: MetadataChanges = {};
    for (const field of METADATA_FIELDS) {
      const to = fields[field];
      if (to !== undefined && to !== current[field]) changes[field] = { from: current[field], to };
    }
    if (Object.keys(changes).length === 0) return { revision: null };
    const data = Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, change.to]));
    await tx.source.updateMany({ where: { id: source.id, groupId: source.groupId }, data });
    const row = await tx.sourceMetadataRevision.create({
      data: { sourceId: source.id, editorId, changes },
      select: { id: true, changes: true, createdAt: true, editor: { select: { id: true, name: true } } },
    });
    return { revision: revisionDto(row) };
  });
}
