import { checkRange, describeRange } from "@/lib/anchoring";
import type { Db } from "@/lib/db/client";
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

/** Creates an annotation on the source's current version, with revision 1. */
export async function createAnnotation({ db, actor: access, sourceId, input }: CreateAnnotationOptions): Promise<AnnotationDto> {
  const data = parseInput(CreateAnnotationInput, input);
  const source = await readableSource(db, access, sourceId);
  const actor = actorIn(access, data.groupId);
  // The draft's author is the caller; signed out, policy answers 401 before reading it.
  const draft = { kind: "annotation", authorId: access?.userId ?? "", groupId: data.groupId, visibility: data.visibility, deleted: false } as const;
  assertCan(actor, "annotation:create", draft);
  checkSharing(source.groupId, data.groupId, data.visibility);
  const authorId = draft.authorId;

  const id = await db.$transaction(async (tx) => {
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
  });
  announceCommitted();
  return getAnnotation({ db, actor: access, id });
}
