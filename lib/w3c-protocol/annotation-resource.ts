import { actorIn, visibilityActor } from "@/lib/access";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { notFound, StaleAnnotationError } from "@/lib/annotations/errors";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { limitAnnotationWrites } from "@/lib/annotations/write-limit";
import type { ProtocolCaller } from "@/lib/auth/protocol-caller";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/http";
import { type LoadedAnnotation, loadAnnotations } from "@/lib/interchange/load-annotations";
import type { IriBase } from "@/lib/interchange/w3c/iris";
import { annotationToW3c } from "@/lib/interchange/w3c/to-w3c";
import { type Action, assertCan, policyErrorFrom, tokenAllows, visibleAnnotationsWhere } from "@/lib/policy";
import { acceptsJsonLd, annotationEtag, protocolHeaders, versionFromIfMatch } from "./headers";
import { readPostedAnnotation } from "./read-posted";

export interface AnnotationRef {
  slug: string;
  id: string;
}

export interface AnnotationResourceOptions {
  db: Db;
  caller: ProtocolCaller;
  ref: AnnotationRef;
  base: IriBase;
  request: Request;
}

/** The annotation when the caller (and their token) may read it and it is on this source; else 404. */
async function visibleAnnotation(db: Db, { access, scope }: ProtocolCaller, ref: AnnotationRef, action: Action): Promise<LoadedAnnotation> {
  const where = { AND: [visibleAnnotationsWhere(visibilityActor(access)), { id: ref.id, source: { slug: ref.slug } }] };
  const [loaded] = await loadAnnotations(db, where, { skip: 0, take: 1 });
  if (loaded === undefined) throw notFound();
  if (scope !== null) {
    const decision = tokenAllows(scope, action, { groupId: loaded.groupId });
    if (!decision.allowed) throw policyErrorFrom(decision);
  }
  // Refused writes are refused before any precondition is looked at; the services ask again.
  if (action === "annotation:edit" || action === "annotation:delete") {
    const { groupId, authorId, annotation } = loaded;
    assertCan(actorIn(access, groupId), action, { kind: "annotation", authorId, groupId, visibility: annotation.visibility, deleted: false });
  }
  return loaded;
}

function represent(base: IriBase, loaded: LoadedAnnotation, status: 200 | 201, method: string): Response {
  const headers = protocolHeaders("annotation", { ETag: annotationEtag(loaded.annotation.id, loaded.version) });
  return new Response(method === "HEAD" ? null : JSON.stringify(annotationToW3c(base, loaded.annotation)), { status, headers });
}

/** The version If-Match names: missing is 428 (a blind overwrite is refused), another version 412. */
function matchedVersion(request: Request, loaded: LoadedAnnotation, required: boolean): number {
  const ifMatch = request.headers.get("if-match");
  if (ifMatch === null) {
    if (required) throw new AppError("precondition_required", "Send If-Match with the ETag you last read, so no one's edit is overwritten.");
    return loaded.version;
  }
  if (ifMatch.trim() === "*") return loaded.version;
  const version = versionFromIfMatch(ifMatch, loaded.annotation.id);
  if (version !== loaded.version) throw new AppError("precondition_failed", `The annotation changed since that ETag (now ${annotationEtag(loaded.annotation.id, loaded.version)}); GET it again.`);
  return version;
}

export async function getProtocolAnnotation({ db, caller, ref, base, request }: AnnotationResourceOptions): Promise<Response> {
  if (!acceptsJsonLd(request.headers.get("accept"))) throw new AppError("not_acceptable", "An annotation is served as application/ld+json only.");
  const loaded = await visibleAnnotation(db, caller, ref, "annotation:read");
  if (request.headers.get("if-none-match") === annotationEtag(loaded.annotation.id, loaded.version)) {
    return new Response(null, { status: 304, headers: protocolHeaders("annotation", { ETag: annotationEtag(loaded.annotation.id, loaded.version) }) });
  }
  return represent(base, loaded, 200, request.method);
}

/**
 * PUT replaces the note, layer and tags (protocol 5.5). The target stays: a passage
 * is re-anchored by new versions of the text, never moved by a client.
 */
export async function putProtocolAnnotation({ db, caller, ref, base, request, body }: AnnotationResourceOptions & { body: unknown }): Promise<Response> {
  const loaded = await visibleAnnotation(db, caller, ref, "annotation:edit");
  const version = matchedVersion(request, loaded, true);
  const { foreign } = readPostedAnnotation(body);
  await limitAnnotationWrites(caller.access);
  try {
    await updateAnnotation({
      db,
      actor: caller.access,
      id: ref.id,
      input: { version, body: foreign.note.doc, layer: foreign.layer ?? loaded.annotation.layer, tags: foreign.tags },
    });
  } catch (error) {
    if (error instanceof StaleAnnotationError) throw new AppError("precondition_failed", "The annotation changed meanwhile; GET it again.");
    throw error;
  }
  return represent(base, await visibleAnnotation(db, caller, ref, "annotation:read"), 200, "PUT");
}

export async function deleteProtocolAnnotation({ db, caller, ref, request }: AnnotationResourceOptions): Promise<Response> {
  const loaded = await visibleAnnotation(db, caller, ref, "annotation:delete");
  matchedVersion(request, loaded, false);
  await deleteAnnotation({ db, actor: caller.access, id: ref.id });
  return new Response(null, { status: 204, headers: protocolHeaders("annotation") });
}
