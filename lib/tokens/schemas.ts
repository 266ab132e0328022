import { z } from "zod";

export const MAX_TOKENS_PER_USER = 20;

const Id = z.string().trim().min(1, "an id is required").max(64, "an id is at most 64 characters");

/** From the tokens page's form: checkboxes and selects arrive as strings. */
export const CreateApiTokenInput = z.strictObject({
  name: z.string().trim().min(1, "give the token a name, e.g. the tool that will use it").max(80, "a name is at most 80 characters"),
  /** "" from the form: every group. */
  groupId: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((v) => (v === undefined || v === "" ? null : v)),
  canWrite: z
    .union([z.literal("on"), z.literal("true"), z.literal("false"), z.boolean()])
    .optional()
    .transform((v) => v === true || v === "on" || v === "true"),
});
export type CreateApiTokenInput = z.output<typeof CreateApiTokenInput>;

export const RevokeApiTokenInput = z.strictObject({ tokenId: Id });
export type RevokeApiTokenInput = z.output<typeof RevokeApiTokenInput>;

/** The prefix makes a leaked token recognisable (secret scanners, logs). */
export const TOKEN_PREFIX = "pal_";
