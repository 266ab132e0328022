import { describe, expect, it } from "vitest";
import { decodeListCursor, encodeListCursor, listPosition } from "@/lib/annotations/list-cursor";

describe("list cursors", () => {
  it("round-trip a page's last position", () => {
    const position = listPosition({ anchorStatus: "exact", start: 120, end: 180, createdAtMs: 1_764_000_000_123, id: "cm1abc" });
    expect(decodeListCursor(encodeListCursor(position))).toEqual({ orphaned: false, start: 120, end: 180, createdAtMs: 1_764_000_000_123, id: "cm1abc" });
  });

  it("put orphans after the placed annotations, whatever their old offsets", () => {
    expect(listPosition({ anchorStatus: "orphaned", start: 9, end: 12, createdAtMs: 5, id: "x" })).toEqual({ orphaned: true, start: 0, end: 0, createdAtMs: 5, id: "x" });
  });

  it("refuse anything the list did not hand out", () => {
    for (const cursor of ["", "not base64 !", Buffer.from("[1,2]").toString("base64url"), Buffer.from('[false,-1,0,0,"x"]').toString("base64url")]) {
      expect(decodeListCursor(cursor)).toBeNull();
    }
  });
});
