import { checkRange, describeRange } from "@/lib/anchoring";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { announceCommitted } from "@/lib/live/publish";
import { type Access, actorIn } from "@/lib/access";
import { assertCan } from "@/lib/policy";
import type { AnnotationDto } from "./dto";
import { AnnotationError } from "./errors";
import { getAnnotation } from "./get-annotation";
import { insertAnnotation } from "./insert-annotation";
import { parseInput } from "./parse-input";
import { CreateAnnotationInput } from "./schemas";
import { checkSharing, readableSource } from "./source-access";
import { lockCurrentVersion } from "./lock-current-version";

export interface CreateAnnotationOptions {
  db: Db;
  /** The caller's access (lib/access); null when signed out. */
  actor: Access | null;
  sourceId: string;
  /** Untrusted JSON, parsed with CreateAnnotationInput. */
  input: unknown;
}

/** The checks before writing: the caller may read the source and annotate there, as asked. */
export async function checkNewAnnotation(db: Db, access: Access | null, sourceId: string, data: CreateAnnotationInput): Promise<{ authorId: string; sourceGroupId: string | null }> {
  const source = await readableSource(db, access, sourceId);
  const actor = actorIn(access, data.groupId);
  // The draft's author is the caller; signed out, policy answers 401 before reading it.
  const draft = { kind: "annotation", authorId: access?.userId ?? "", groupId: data.groupId, visibility: data.visibility, deleted: false } as const;
  assertCan(actor, "annotation:create", draft);
  checkSharing(source.groupId, data.groupId, data.visibility);
  return { authorId: draft.authorId, sourceGroupId: source.groupId };
}

/** Writes a checked annotation and its revision 1 inside the caller's transaction; returns its id. */
export async function writeAnnotation(tx: Prisma.TransactionClient, sourceId: string, authorId: string, data: CreateAnnotationInput): Promise<string> {
  const version = await lockCurrentVersion(tx, sourceId);
  if (data.versionId !== undefined && data.versionId !== version.id) {
    throw new AnnotationError("version_changed", "The source has a new version since you selected this passage; reload it and select again.");
  }
  const rangeError = checkRange(version.text, data.start, data.end);
  if (rangeError !== null) throw new AnnotationError("invalid_range", rangeError.message);
  // The quote is re-derived from the stored text: a client cannot plant one.
  const anchor = describeRange(version.text, data.start, data.end);
  if (anchor.exact !== data.exact) {
    throw new AnnotationError("quote_mismatch", `The quote does not match the text at ${data.start}-${data.end}; reload the source and select again.`);
  }
  return insertAnnotation(tx, {
    sourceId,
    versionId: version.id,
    groupId: data.groupId,
    authorId,
    visibility: data.visibility,
    layer: data.layer,
    anchor,
    anchorStatus: "exact",
    body: data.body,
    tags: data.tags,
    citation: data.citation,
  });
}

/** Creates an annotation on the source's current version, with revision 1. */
export async function createAnnotation({ db, actor: access, sourceId, input }: CreateAnnotationOptions): Promise<AnnotationDto> {
  const data = parseInput(CreateAnnotationInput, input);
  const { authorId } = await checkNewAnnotation(db, access, sourceId, data);
  const id = await db.$transaction((tx) => writeAnnotation(tx, sourceId, authorId, data));
  announceCommitted();
  return getAnnotation({ db, actor: access, id });
}
