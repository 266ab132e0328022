import type { ImportReport } from "@/lib/corpus/types";
import type { Db } from "@/lib/db/client";
import { type Access, actorIn } from "@/lib/access";
import { AppError } from "@/lib/http/app-error";
import { assertCan } from "@/lib/policy";
import { prepareSource, type StoreOutcome, storeSource } from "./import-source";
import type { ImportUploadInput } from "./import-upload-schema";

/** What the import page shows: plain data, serializable to the client. */
export interface ImportedUpload {
  outcome: StoreOutcome;
  sourceId: string;
  slug: string;
  title: string;
  fileName: string;
  versionNumber: number;
  report: ImportReport;
}

/**
 * A file uploaded from the web, imported into one of the user's groups. Only the
 * group's editors and owners may; the source is the group's, never public, and a
 * slug held by a public source or another group's gets a fresh one (storeSource).
 */
export interface ImportUploadOptions {
  db: Db;
  /** The caller's access (lib/access). */
  actor: Access;
  /** Parsed with importUploadSchema. */
  input: ImportUploadInput;
}

export async function importUpload({ db, actor, input }: ImportUploadOptions): Promise<ImportedUpload> {
  assertCan(actorIn(actor, input.groupId), "source:import", { kind: "group", groupId: input.groupId });

  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const prepared = prepareSource(bytes, input.file.name, input.metadata);
  if (!prepared.ok) {
    const field = prepared.error.code === "invalid-metadata" ? "form" : "file";
    throw new AppError("invalid_input", prepared.error.message, { [field]: [prepared.error.message] });
  }
  const stored = await storeSource({ db, prepared: prepared.prepared, createdById: actor.userId, groupId: input.groupId });
  return {
    outcome: stored.outcome,
    sourceId: stored.sourceId,
    slug: stored.slug,
    title: prepared.prepared.metadata.title,
    fileName: input.file.name,
    versionNumber: stored.versionNumber,
    report: stored.report,
  };
}
