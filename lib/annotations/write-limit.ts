import type { Access } from "@/lib/access";
import { enforceLimit, type LimitRule, rateLimiter } from "@/lib/rate-limit";

/**
 * Creating, editing and replying, per user across every instance: a reader
 * writing and correcting notes by hand stays far below a note a second; a
 * script flooding a group's stream does not.
 */
export const ANNOTATION_WRITE_RULE: LimitRule = { name: "annotation-write", points: 60, durationSeconds: 60 };

const MESSAGE = "You are saving notes faster than anyone writes them; wait a moment and try again.";

/** Counts one write for a signed-in caller; signed out, the service itself refuses. */
export async function limitAnnotationWrites(actor: Access | null): Promise<void> {
  if (actor === null) return;
  await enforceLimit(rateLimiter(ANNOTATION_WRITE_RULE), actor.userId, MESSAGE);
}
