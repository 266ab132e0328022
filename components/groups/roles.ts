import type { Role } from "@/lib/policy";

/** What each role may do, in words, for selects and member lists (mirrors lib/policy). */
export const ROLE_SUMMARY: Record<Role, string> = {
  owner: "manages members and invites",
  editor: "edits and imports sources, moderates annotations",
  annotator: "annotates and replies",
  viewer: "reads the group's sources and annotations",
};

export const ROLE_NAME: Record<Role, string> = { owner: "Owner", editor: "Editor", annotator: "Annotator", viewer: "Viewer" };
