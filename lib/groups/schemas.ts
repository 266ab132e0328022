import { z } from "zod";
import { DEFAULT_INVITE_DAYS, INVITE_ROLES, MAX_INVITE_DAYS, MEMBER_ROLES } from "./limits";

const id = (what: string) => z.string({ error: `${what} is missing.` }).trim().min(1, `${what} is missing.`).max(64, `${what} is not valid.`);

export { DEFAULT_INVITE_DAYS, INVITE_ROLES, MAX_INVITE_DAYS, MEMBER_ROLES } from "./limits";

export const createGroupInput = z.object({
  name: z
    .string({ error: "Give the group a name." })
    .trim()
    .min(1, "Give the group a name.")
    .max(100, "Use at most 100 characters for the group's name."),
});
export type CreateGroupInput = z.output<typeof createGroupInput>;

export const createInviteInput = z.object({
  groupId: id("The group"),
  role: z.enum(INVITE_ROLES, { error: "Choose a role: editor, annotator or viewer." }),
  // Forms send strings; an empty field means the default.
  expiresInDays: z.preprocess(
    (value) => (value === "" || value === undefined || value === null ? DEFAULT_INVITE_DAYS : value),
    z.coerce
      .number({ error: "Give the expiry in days." })
      .int("Give the expiry in whole days.")
      .min(1, "An invite lasts at least 1 day.")
      .max(MAX_INVITE_DAYS, `An invite lasts at most ${MAX_INVITE_DAYS} days.`),
  ),
});
export type CreateInviteInput = z.output<typeof createInviteInput>;

export const acceptInviteInput = z.object({
  // Tokens are 43 base64url characters (32 random bytes); anything else cannot match.
  token: z.string({ error: "The invite link is incomplete." }).trim().regex(/^[A-Za-z0-9_-]{20,128}$/, "The invite link is incomplete or damaged."),
});
export type AcceptInviteInput = z.output<typeof acceptInviteInput>;

export const changeMemberRoleInput = z.object({
  groupId: id("The group"),
  userId: id("The member"),
  role: z.enum(MEMBER_ROLES, { error: "Choose a role: owner, editor, annotator or viewer." }),
});
export type ChangeMemberRoleInput = z.output<typeof changeMemberRoleInput>;

export const removeMemberInput = z.object({
  groupId: id("The group"),
  userId: id("The member"),
});
export type RemoveMemberInput = z.output<typeof removeMemberInput>;

export const revokeInviteInput = z.object({
  groupId: id("The group"),
  inviteId: id("The invite"),
});
export type RevokeInviteInput = z.output<typeof revokeInviteInput>;

// Forms send checkboxes as "on" or nothing.
const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

export const deleteGroupInput = z.object({
  groupId: id("The group"),
  /** The group's name typed again: deleting cannot be undone. */
  confirmName: z.string({ error: "Type the group's name to confirm." }).trim().min(1, "Type the group's name to confirm.").max(200),
  /** Also delete the sources the group owns (and every annotation on them). */
  withSources: checkbox,
});
export type DeleteGroupInput = z.output<typeof deleteGroupInput>;
