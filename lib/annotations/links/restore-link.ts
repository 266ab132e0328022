import type { Access } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import type { LinkDto } from "../dto";
import { setLinkDeleted } from "./set-link-deleted";

export interface RestoreLinkOptions {
  db: Db;
  actor: Access | null;
  /** Untrusted, parsed with LinkRefInput. */
  input: unknown;
}

/** Undoes deleteLink: whoever removed it, or an editor of either end's group (lib/policy). */
export function restoreLink({ db, actor, input }: RestoreLinkOptions): Promise<LinkDto> {
  return setLinkDeleted(db, actor, input, false);
}
