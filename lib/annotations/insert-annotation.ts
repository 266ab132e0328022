import type { TextAnchor } from "@/lib/anchoring";
import type { Prisma } from "@/lib/db/generated/client";
import { changeEvent } from "@/lib/live/change-event";
import { notifyInTransaction } from "@/lib/live/publish";
import type { CheckedBody, CreateAnnotationInput } from "./schemas";
import { citationForRevision } from "./revision-citation";

export interface InsertAnnotationData {
  sourceId: string;
  versionId: string;
  authorId: string;
  groupId: string | null;
  visibility: CreateAnnotationInput["visibility"];
  layer: CreateAnnotationInput["layer"];
  /** Derived from the version's text (describeRange), never taken from a client. */
  anchor: TextAnchor;
  anchorStatus: "exact" | "quote" | "fuzzy";
  body: CheckedBody;
  tags: string[];
  citation?: CreateAnnotationInput["citation"];
  /** For an imported annotation: where it came from (the importer is its author). */
  provenance?: { format: string; originalId: string | null; originalCreator: string | null; originalCreated: Date | null };
}

/**
 * The one write of a new annotation, inside the caller's transaction, after the
 * caller's policy check: the row, revision 1, its provenance, and the change event.
 */
export async function insertAnnotation(tx: Prisma.TransactionClient, data: InsertAnnotationData): Promise<string> {
  const content = { layer: data.layer, visibility: data.visibility, body: data.body.doc, bodyText: data.body.text, tags: data.tags };
  const created = await tx.annotation.create({
    data: {
      ...content,
      sourceId: data.sourceId,
      versionId: data.versionId,
      groupId: data.groupId,
      authorId: data.authorId,
      ...data.anchor,
      anchorStatus: data.anchorStatus,
      version: 1,
      ...(data.citation === null || data.citation === undefined ? {} : { citations: { create: [data.citation] } }),
      ...(data.provenance === undefined ? {} : { importedFrom: { create: { ...data.provenance, importedById: data.authorId } } }),
    },
    select: { id: true },
  });
  await tx.annotationRevision.create({
    data: { ...content, citation: citationForRevision(data.citation), annotationId: created.id, version: 1, editorId: data.authorId },
  });
  await notifyInTransaction(tx, changeEvent({ sourceId: data.sourceId, kind: "annotation", id: created.id, change: "created" }));
  return created.id;
}
