// What a writer records about a change: ids only, never content, so a stream's
// permission is checked against the row as it is when the event is delivered.
// Each is stored in the change log (lib/live/change-log.ts), which numbers it.
import { z } from "zod";
import { VISIBILITIES } from "@/lib/policy";

export const LIVE_CHANNEL = "palimpsest_events";

const ChangeEventSchema = z.object({
  sourceId: z.string().min(1),
  kind: z.enum(["annotation", "reply"]),
  id: z.string().min(1),
  change: z.enum(["created", "updated", "deleted", "restored"]),
  /** Who could read the annotation before an edit that changed it, to tell them to drop it. */
  before: z
    .object({ authorId: z.string(), groupId: z.string().nullable(), visibility: z.enum(VISIBILITIES) })
    .optional(),
});

export type ChangeEvent = z.output<typeof ChangeEventSchema>;

/** A change as the log holds it: `seq` grows in commit order and is the stream's `id:`. */
export type LoggedChange = ChangeEvent & { seq: number };

export function changeEvent(fields: ChangeEvent): ChangeEvent {
  return fields;
}

/** A stored event may come from another app version: check it. */
export function parseChangeEvent(value: unknown): ChangeEvent | null {
  const parsed = ChangeEventSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
