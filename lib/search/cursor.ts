// The search's page cursor: the score and key of the last result sent, so the next page
// starts after it however many results tie on score. Opaque to clients.
import { z } from "zod";

const Position = z.tuple([z.number().finite(), z.string().min(1).max(200)]);
export type SearchPosition = { score: number; key: string };

export function encodeSearchCursor({ score, key }: SearchPosition): string {
  return Buffer.from(JSON.stringify([score, key])).toString("base64url");
}

/** null for anything this search did not hand out. */
export function decodeSearchCursor(cursor: string): SearchPosition | null {
  try {
    const parsed = Position.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return parsed.success ? { score: parsed.data[0], key: parsed.data[1] } : null;
  } catch {
    return null;
  }
}
