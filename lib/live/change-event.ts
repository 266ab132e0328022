// What travels between the writer and the live streams: ids only, never content,
// so the payload stays far below NOTIFY's 8000-byte limit and a subscriber's
// permission is checked against the row as it is when the event is delivered.
import { randomUUID } from "node:crypto";
import { z } from "zod";

export const LIVE_CHANNEL = "palimpsest_events";

const Visibility = z.enum(["private", "group", "public"]);

const ChangeEventSchema = z.object({
  /** Same id on both paths (NOTIFY and in-process), so a stream sends it once. */
  eventId: z.string().min(1),
  sourceId: z.string().min(1),
  kind: z.enum(["annotation", "reply"]),
  id: z.string().min(1),
  change: z.enum(["created", "updated", "deleted", "restored"]),
  /** Who could read the annotation before an edit that changed it, to tell them to drop it. */
  before: z
    .object({ authorId: z.string(), groupId: z.string().nullable(), visibility: Visibility })
    .optional(),
});

export type ChangeEvent = z.output<typeof ChangeEventSchema>;

export function changeEvent(fields: Omit<ChangeEvent, "eventId">): ChangeEvent {
  return { eventId: randomUUID(), ...fields };
}

/** A NOTIFY payload may come from another app version or a psql session: check it. */
export function parseChangeEvent(payload: string | undefined): ChangeEvent | null {
  if (payload === undefined) return null;
  try {
    const parsed = ChangeEventSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
