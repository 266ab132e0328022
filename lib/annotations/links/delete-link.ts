import type { Access } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import type { LinkDto } from "../dto";
import { setLinkDeleted } from "./set-link-deleted";

export interface DeleteLinkOptions {
  db: Db;
  actor: Access | null;
  /** Untrusted, parsed with LinkRefInput: the annotation in the path and the link. */
  input: unknown;
}

/** Soft delete: the link stays stored, so restoreLink can undo it. */
export function deleteLink({ db, actor, input }: DeleteLinkOptions): Promise<LinkDto> {
  return setLinkDeleted(db, actor, input, true);
}
