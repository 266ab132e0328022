import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/safe-callback";

describe("safeCallbackPath", () => {
  it("keeps paths on this site with their query and hash", () => {
    expect(safeCallbackPath("/groups")).toBe("/groups");
    expect(safeCallbackPath("/invite/abc?x=1#top")).toBe("/invite/abc?x=1#top");
  });

  it("refuses other sites, however they are disguised", () => {
    for (const bad of ["https://evil.example/", "//evil.example", "/\\evil.example", "\\\\evil.example", "/\tevil", "javascript:alert(1)", "groups"]) {
      expect(safeCallbackPath(bad), bad).toBe("/");
    }
  });

  it("uses the fallback for anything that is not a string", () => {
    expect(safeCallbackPath(undefined, "/groups")).toBe("/groups");
    expect(safeCallbackPath(["/a", "/b"])).toBe("/");
  });
});
