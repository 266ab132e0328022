import type { Role } from "./roles";

export const VISIBILITIES = ["private", "group", "public"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/**
 * Who is asking. `role` is the caller's membership role in the resource's
 * group, looked up by the service (null: not a member, or the resource has no
 * group). Signed out is `null` in place of the whole actor.
 */
export interface Actor {
  userId: string;
  role: Role | null;
  /** An administrator of this instance (ADMIN_USER_IDS): curates the public corpus. */
  admin?: boolean;
}

/** A group itself: the target of membership and import actions. */
export interface GroupResource {
  kind: "group";
  groupId: string;
}

/** Starter-corpus sources have no group and are public. */
export interface SourceResource {
  kind: "source";
  groupId: string | null;
  isPublic: boolean;
}

/**
 * An existing annotation, or for "annotation:create" the draft about to be
 * written (its authorId is whoever the service will record as author).
 */
export interface AnnotationResource {
  kind: "annotation";
  authorId: string;
  groupId: string | null;
  visibility: Visibility;
  deleted: boolean;
}

/** A soft-deleted annotation, judged as it was before, and who hid it (null: not recorded). */
export interface HiddenAnnotationResource extends AnnotationResource {
  deletedById: string | null;
}

/** One end of a link, with the actor's role in that end's group. */
export interface LinkEndResource {
  annotation: AnnotationResource;
  role: Role | null;
}

/** A link between two annotations; `deletedById` says who removed it (null: not removed, or not recorded). */
export interface LinkResource {
  kind: "link";
  createdById: string;
  ends: [LinkEndResource, LinkEndResource];
  deletedById: string | null;
}

/** A revision or reply, judged by its annotation now and the visibility it was written under. */
export interface EntryResource {
  kind: "entry";
  annotation: AnnotationResource;
  writtenUnder: Visibility;
}

/** Each action names the one resource shape it is checked against. */
export interface ResourceFor {
  "source:read": SourceResource;
  "source:import": GroupResource;
  "source:edit": SourceResource;
  /** Author, site, URL, dates...: a group's editors for its sources, administrators for the public corpus. */
  "source:edit-metadata": SourceResource;
  "annotation:read": AnnotationResource;
  "annotation:read-entry": EntryResource;
  "annotation:create": AnnotationResource;
  "annotation:edit": AnnotationResource;
  /** Put an annotation the new text lost on a passage by hand: whoever may edit it. */
  "annotation:place": AnnotationResource;
  /** Authors delete their own; editors hide (soft-delete) others'. */
  "annotation:delete": AnnotationResource;
  /** Undo a delete: whoever hid it, or the group's editors; an author cannot un-hide what an editor hid. */
  "annotation:restore": HiddenAnnotationResource;
  "annotation:reply": AnnotationResource;
  /** Draw a link *from* this annotation; the target needs only "annotation:read". */
  "annotation:link": AnnotationResource;
  "link:delete": LinkResource;
  "link:restore": LinkResource;
  "group:manage-members": GroupResource;
  "group:invite": GroupResource;
  "group:delete": GroupResource;
  /** See the group's annotations together (its protocol container): any member may. */
  "group:read": GroupResource;
  /** Scope a personal API token to this group: any member may. */
  "token:scope": GroupResource;
}

export type Action = keyof ResourceFor;

export const ACTIONS = [
  "source:read",
  "source:import",
  "source:edit",
  "source:edit-metadata",
  "annotation:read",
  "annotation:read-entry",
  "annotation:create",
  "annotation:edit",
  "annotation:place",
  "annotation:delete",
  "annotation:restore",
  "annotation:reply",
  "annotation:link",
  "link:delete",
  "link:restore",
  "group:manage-members",
  "group:invite",
  "group:delete",
  "group:read",
  "token:scope",
] as const satisfies readonly Action[];
