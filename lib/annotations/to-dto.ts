import { type BodyDoc, BodyDocSchema } from "./body";
import { type Access, actorIn, roleIn } from "@/lib/access";
import { can, type LinkEndResource } from "@/lib/policy";
import { annotationResource, type AnnotationRow, type LinkEnd } from "./annotation-row";
import { visibilityChoices } from "./visibility-change";
import type { AnnotationDto, LinkDto, PersonDto, ReplyDto, RevisionDto } from "./dto";
import { revisionCitation } from "./revision-citation";

export function personDto(user: { id: string; name: string | null }): PersonDto {
  // Emails are never sent to other readers, so a nameless account shows as this.
  return { id: user.id, name: user.name ?? "Unnamed reader" };
}

/** Bodies were validated on the way in; a row that no longer parses is a server bug. */
export function bodyDoc(json: unknown): BodyDoc {
  return BodyDocSchema.parse(json);
}

/**
 * `sourceGroupId`: the group of the annotation's source, which limits who it may be
 * shared with. Groups are unlisted: a public note names its group only to members.
 */
export function annotationDto(row: AnnotationRow, access: Access | null, source: { groupId: string | null; slug: string }): AnnotationDto {
  const sourceGroupId = source.groupId;
  const actor = actorIn(access, row.groupId);
  const member = roleIn(access, row.groupId) !== null;
  const resource = annotationResource(row);
  const allowed = (action: "annotation:edit" | "annotation:delete" | "annotation:reply" | "annotation:link") =>
    can(actor, action, resource).allowed;
  const here = { annotation: resource, role: actor?.role ?? null };
  const links: LinkDto[] = [
    ...row.linksFrom.map((l) => linkDto(l, "from", l.to, access, here)),
    ...row.linksTo.map((l) => linkDto(l, "to", l.from, access, here)),
  ];
  return {
    id: row.id,
    sourceId: row.sourceId,
    sourceSlug: source.slug,
    versionId: row.versionId,
    groupId: member ? row.groupId : null,
    groupName: member ? (row.group?.name ?? null) : null,
    author: personDto(row.author),
    visibility: row.visibility,
    layer: row.layer,
    start: row.start,
    end: row.end,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    anchorStatus: row.anchorStatus,
    body: bodyDoc(row.body),
    bodyText: row.bodyText,
    tags: row.tags,
    version: row.version,
    deleted: row.deletedAt !== null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    replyCount: row.replyCount,
    links,
    citation: citationDto(row.citations[0]),
    can: {
      edit: allowed("annotation:edit"),
      delete: allowed("annotation:delete"),
      reply: allowed("annotation:reply"),
      link: allowed("annotation:link"),
      visibilities: allowed("annotation:edit") ? visibilityChoices(actor, { resource, sourceGroupId }) : [row.visibility],
    },
  };
}


function linkDto(
  link: { id: string; kind: LinkDto["kind"]; note: string | null; createdById: string },
  direction: "from" | "to",
  other: LinkEnd,
  access: Access | null,
  here: LinkEndResource,
): LinkDto {
  // The resolved access knows the reader's role in the far end's group too.
  const there: LinkEndResource = { annotation: annotationResource({ ...other, deletedAt: null }), role: roleIn(access, other.groupId) };
  const canRemove = can(actorIn(access, here.annotation.groupId), "link:delete", { kind: "link", createdById: link.createdById, ends: [here, there], deletedById: null }).allowed;
  return linkDtoOf(link, direction, other, canRemove);
}

/** A link as one of its ends shows it; `other` is the far end. */
export function linkDtoOf(
  link: { id: string; kind: LinkDto["kind"]; note: string | null },
  direction: "from" | "to",
  other: { id: string; sourceId: string; exact: string; source: { title: string; slug: string } },
  canRemove: boolean,
): LinkDto {
  return {
    canRemove,
    id: link.id,
    kind: link.kind,
    direction,
    otherId: other.id,
    otherSourceId: other.sourceId,
    otherSourceSlug: other.source.slug,
    otherSourceTitle: other.source.title,
    otherExact: other.exact,
    note: link.note,
  };
}

function citationDto(row: AnnotationRow["citations"][number] | undefined): AnnotationDto["citation"] {
  if (row === undefined) return null;
  const { id: _id, annotationId: _annotationId, ...fields } = row;
  return fields;
}

export function replyDto(row: {
  id: string;
  annotationId: string;
  author: { id: string; name: string | null };
  body: unknown;
  bodyText: string;
  createdAt: Date;
}): ReplyDto {
  return {
    id: row.id,
    annotationId: row.annotationId,
    author: personDto(row.author),
    body: bodyDoc(row.body),
    bodyText: row.bodyText,
    createdAt: row.createdAt.toISOString(),
  };
}

export function revisionDto(row: {
  version: number;
  editor: { id: string; name: string | null };
  layer: RevisionDto["layer"];
  visibility: RevisionDto["visibility"];
  body: unknown;
  bodyText: string;
  tags: string[];
  citation: unknown;
  createdAt: Date;
  kind?: "edit" | "placed";
}): RevisionDto {
  return {
    version: row.version,
    kind: row.kind ?? "edit",
    editor: personDto(row.editor),
    layer: row.layer,
    visibility: row.visibility,
    body: bodyDoc(row.body),
    bodyText: row.bodyText,
    tags: row.tags,
    citation: revisionCitation(row.citation),
    createdAt: row.createdAt.toISOString(),
  };
}

