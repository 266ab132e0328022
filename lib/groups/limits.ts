// Plain constants, apart from the zod schemas, so client components can use them
// without bundling zod.

/** Roles an invite can hand out; ownership is given by changing a member's role. */
export const INVITE_ROLES = ["editor", "annotator", "viewer"] as const;
/** Every member role, as lib/policy defines them. */
export { ROLES as MEMBER_ROLES } from "@/lib/policy/roles";

export const DEFAULT_INVITE_DAYS = 7;
export const MAX_INVITE_DAYS = 30;
