// Where a page of the list endpoint ends, as an opaque token for the next request.
// The list is ordered by (orphaned, start, end, createdAt, id): placed annotations
// in document order, then the orphans oldest first, so a page boundary is one
// position in that order and rows written meanwhile never shift later pages.
import { z } from "zod";

export interface ListPosition {
  orphaned: boolean;
  start: number;
  end: number;
  createdAtMs: number;
  id: string;
}

const Position = z.tuple([z.boolean(), z.number().int().min(0), z.number().int().min(0), z.number().int().min(0), z.string().min(1).max(64)]);

/** The position's sort key: an orphan's start and end do not count (they belong to an older text). */
export function listPosition(row: { anchorStatus: string; start: number; end: number; createdAtMs: number; id: string }): ListPosition {
  const orphaned = row.anchorStatus === "orphaned";
  return { orphaned, start: orphaned ? 0 : row.start, end: orphaned ? 0 : row.end, createdAtMs: row.createdAtMs, id: row.id };
}

export function encodeListCursor(p: ListPosition): string {
  return Buffer.from(JSON.stringify([p.orphaned, p.start, p.end, p.createdAtMs, p.id]), "utf8").toString("base64url");
}

/** null for anything this server did not hand out. */
export function decodeListCursor(cursor: string): ListPosition | null {
  try {
    const parsed = Position.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    if (!parsed.success) return null;
    const [orphaned, start, end, createdAtMs, id] = parsed.data;
    return { orphaned, start, end, createdAtMs, id };
  } catch {
    return null;
  }
}
