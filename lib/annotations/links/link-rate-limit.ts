import type { Db } from "@/lib/db/client";
import { enforceLimit, type LimitRule, limiterFor } from "@/lib/rate-limit";

/** Drawing a link is a considered act; a burst beyond this is a script. */
export const LINK_RATE_RULE: LimitRule = { name: "link-create", points: 30, durationSeconds: 600 };

/** Counts one link by `userId`; throws RateLimitedError (429 with Retry-After) past the rule. */
export async function countLinkCreation(db: Db, userId: string): Promise<void> {
  await enforceLimit(limiterFor(db, LINK_RATE_RULE), userId, "You drew many links in a short time. Wait a few minutes, then try again.");
}
