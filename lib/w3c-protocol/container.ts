import { createHash } from "node:crypto";
import { actorIn, visibilityActor } from "@/lib/access";
import { notFound } from "@/lib/annotations/errors";
import { readableSource } from "@/lib/annotations/source-access";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { ProtocolCaller } from "@/lib/auth/protocol-caller";
import { AppError } from "@/lib/http";
import { loadAnnotations } from "@/lib/interchange/load-annotations";
import { collectionOf, pageOf } from "@/lib/interchange/w3c/collection";
import { annotationIri, groupContainerIri, type IriBase, sourceContainerIri } from "@/lib/interchange/w3c/iris";
import { annotationToW3c } from "@/lib/interchange/w3c/to-w3c";
import { assertCan, policyErrorFrom, tokenAllows, visibleAnnotationsWhere } from "@/lib/policy";
import { acceptsJsonLd, containerPreference, protocolHeaders } from "./headers";

export const PAGE_SIZE = 100;

export type ContainerRef = { kind: "source"; slug: string } | { kind: "group"; groupId: string };

export interface ResolvedContainer {
  iri: string;
  label: string;
  /** The caller's visible annotations in this container. */
  where: Prisma.AnnotationWhereInput;
  /** For a source container, where POST puts annotations. */
  source: { id: string; groupId: string | null } | null;
  groupId: string | null;
}

/** The container, once lib/policy let the caller (and their token) read it; else 404/401 as for any source. */
export async function resolveContainer(db: Db, { access, scope }: ProtocolCaller, ref: ContainerRef, base: IriBase): Promise<ResolvedContainer> {
  const visible = visibleAnnotationsWhere(visibilityActor(access));
  const scoped: Prisma.AnnotationWhereInput = scope?.groupId == null ? {} : { groupId: scope.groupId };
  if (ref.kind === "source") {
    const found = await db.source.findUnique({ where: { slug: ref.slug }, select: { id: true, title: true } });
    if (found === null) throw notFound("Source");
    const source = await readableSource(db, access, found.id);
    if (scope !== null) {
      const decision = tokenAllows(scope, "source:read", { groupId: source.groupId, isPublicSource: source.groupId === null });
      if (!decision.allowed) throw policyErrorFrom(decision);
    }
    return { iri: sourceContainerIri(base, ref.slug), label: `Annotations on ${found.title}`, where: { AND: [visible, scoped, { sourceId: source.id }] }, source, groupId: source.groupId };
  }
  assertCan(actorIn(access, ref.groupId), "group:read", { kind: "group", groupId: ref.groupId });
  if (scope !== null) {
    const decision = tokenAllows(scope, "source:read", { groupId: ref.groupId });
    if (!decision.allowed) throw policyErrorFrom(decision);
  }
  const group = await db.group.findUniqueOrThrow({ where: { id: ref.groupId }, select: { name: true } });
  return { iri: groupContainerIri(base, ref.groupId), label: `Annotations of ${group.name}`, where: { AND: [visible, { groupId: ref.groupId }] }, source: null, groupId: ref.groupId };
}

export interface GetContainerOptions {
  db: Db;
  caller: ProtocolCaller;
  ref: ContainerRef;
  base: IriBase;
  request: Request;
}

/** GET (and HEAD) of a container or one of its pages (`?page=N`, `&iris=1` for IRIs only). */
export async function getContainer({ db, caller, ref, base, request }: GetContainerOptions): Promise<Response> {
  if (!acceptsJsonLd(request.headers.get("accept"))) throw new AppError("not_acceptable", 'This container answers application/ld+json; profile="http://www.w3.org/ns/anno.jsonld" only.');
  const container = await resolveContainer(db, caller, ref, base);
  const url = new URL(request.url);
  const total = await db.annotation.count({ where: container.where });
  const lastPage = Math.max(0, Math.ceil(total / PAGE_SIZE) - 1);
  const pageParam = url.searchParams.get("page");
  const { preference, applied } = containerPreference(request.headers.get("prefer"));
  const iris = pageParam === null ? preference === "iris" : url.searchParams.get("iris") === "1";
  const pageIri = (n: number) => `${container.iri}?page=${n}${iris ? "&iris=1" : ""}`;

  const page = async (n: number, standalone: boolean) => {
    const rows = await loadAnnotations(db, container.where, { skip: n * PAGE_SIZE, take: PAGE_SIZE });
    const items = rows.map(({ annotation }) => (iris ? annotationIri(base, annotation.source.slug, annotation.id) : annotationToW3c(base, annotation)));
    return pageOf({
      id: pageIri(n),
      partOf: { id: container.iri, label: container.label, total },
      startIndex: n * PAGE_SIZE,
      items,
      next: n < lastPage ? pageIri(n + 1) : null,
      prev: n > 0 ? pageIri(n - 1) : null,
      standalone,
    });
  };

  let document: unknown;
  let kind: "container" | "page" = "container";
  if (pageParam !== null) {
    const n = Number(pageParam);
    if (!Number.isInteger(n) || n < 0 || n > lastPage) throw new AppError("not_found", `This container has pages 0 to ${lastPage}.`);
    document = await page(n, true);
    kind = "page";
  } else {
    const first = preference === "minimal" || total === 0 ? pageIri(0) : await page(0, false);
    document = collectionOf({ id: container.iri, label: container.label, total, first, last: pageIri(lastPage), container: true });
  }
  const body = JSON.stringify(document);
  const etag = `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const headers = protocolHeaders(kind, { ETag: etag, ...(applied && kind === "container" ? { "Preference-Applied": "return=representation" } : {}) });
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(request.method === "HEAD" ? null : body, { status: 200, headers });
}
