import { notFound } from "@/lib/annotations/errors";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { readableSource } from "@/lib/annotations/source-access";
import { limitAnnotationWrites } from "@/lib/annotations/write-limit";
import type { ProtocolCaller } from "@/lib/auth/protocol-caller";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/http";
import { loadAnnotations } from "@/lib/interchange/load-annotations";
import { annotationIri, type IriBase, slugOfSourceIri } from "@/lib/interchange/w3c/iris";
import { annotationToW3c } from "@/lib/interchange/w3c/to-w3c";
import { policyErrorFrom, tokenAllows } from "@/lib/policy";
import { type ContainerRef, resolveContainer } from "./container";
import { annotationEtag, protocolHeaders } from "./headers";
import { placePosted, readPostedAnnotation } from "./read-posted";

export interface PostAnnotationOptions {
  db: Db;
  caller: ProtocolCaller;
  ref: ContainerRef;
  base: IriBase;
  /** Untrusted JSON: one W3C Web Annotation. */
  body: unknown;
}

/**
 * POST to a container (protocol 5.4): 201 with Location and ETag. A source container
 * takes annotations on its source; a group's takes them on the source the target
 * names. A group's source keeps its notes in the group; elsewhere a note written
 * through a group (container or token) is the group's, and otherwise private.
 */
export async function postAnnotation({ db, caller, ref, base, body }: PostAnnotationOptions): Promise<Response> {
  const container = await resolveContainer(db, caller, ref, base);
  const { foreign, targetSource } = readPostedAnnotation(body);
  let source = container.source;
  if (source === null) {
    const slug = targetSource === null ? null : slugOfSourceIri(base, targetSource);
    if (slug === null) throw new AppError("invalid_input", "target.source: name one of this instance's sources (its /sources/<slug> address).");
    const found = await db.source.findUnique({ where: { slug }, select: { id: true } });
    if (found === null) throw notFound("Source");
    source = await readableSource(db, caller.access, found.id);
  }
  const groupId = source.groupId ?? (ref.kind === "group" ? ref.groupId : (caller.scope?.groupId ?? null));
  if (caller.scope !== null) {
    const decision = tokenAllows(caller.scope, "annotation:create", { groupId });
    if (!decision.allowed) throw policyErrorFrom(decision);
  }
  await limitAnnotationWrites(caller.access);
  const version = await db.source.findUniqueOrThrow({ where: { id: source.id }, select: { currentVersion: { select: { id: true, text: true } } } });
  if (version.currentVersion === null) throw notFound("Source");
  const anchor = placePosted(foreign, version.currentVersion.text);
  const created = await createAnnotation({
    db,
    actor: caller.access,
    sourceId: source.id,
    input: {
      versionId: version.currentVersion.id,
      visibility: groupId === null ? "private" : "group",
      layer: foreign.layer ?? "primary_document",
      groupId,
      start: anchor.start,
      end: anchor.end,
      exact: anchor.exact,
      body: foreign.note.doc,
      tags: foreign.tags,
    },
  });
  const [loaded] = await loadAnnotations(db, { id: created.id }, { skip: 0, take: 1 });
  if (loaded === undefined) throw notFound();
  const iri = annotationIri(base, loaded.annotation.source.slug, created.id);
  const headers = protocolHeaders("annotation", { Location: iri, ETag: annotationEtag(created.id, loaded.version) });
  return new Response(JSON.stringify(annotationToW3c(base, loaded.annotation)), { status: 201, headers });
}
