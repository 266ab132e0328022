import { describe, expect, it } from "vitest";
import { safeCallbackPath, safeRedirectUrl } from "@/lib/auth/safe-callback";

describe("safeCallbackPath", () => {
  it("keeps paths on this site with their query and hash", () => {
    expect(safeCallbackPath("/groups")).toBe("/groups");
    expect(safeCallbackPath("/invite/abc?x=1#top")).toBe("/invite/abc?x=1#top");
    expect(safeCallbackPath("/sources/./a/../b")).toBe("/sources/b");
  });

  // Each of these was a Location: //evil.example (or another host) before the check ran on
  // the normalised path; browsers read a leading "//" as another host.
  it.each([
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\tevil",
    "javascript:alert(1)",
    "groups",
    "/.//evil.example",
    "/..//evil.example",
    "/%2e//evil.example",
    "/%2E%2E//evil.example",
    "/a/..//evil.example",
    "/./%2e//evil.example",
    "/.\\/evil.example",
    "/.//evil.example/path?x=1",
    "/\u007f/evil",
  ])("refuses %j", (bad) => {
    expect(safeCallbackPath(bad)).toBe("/");
  });

  it("uses the fallback for anything that is not a string", () => {
    expect(safeCallbackPath(undefined, "/groups")).toBe("/groups");
    expect(safeCallbackPath(["/a", "/b"])).toBe("/");
  });
});

describe("safeRedirectUrl (next-auth's redirect callback)", () => {
  const baseUrl = "http://127.0.0.1:3000";
  it.each([
    ["/groups", `${baseUrl}/groups`],
    [`${baseUrl}/invite/abc?x=1`, `${baseUrl}/invite/abc?x=1`],
    ["/.//evil.example", `${baseUrl}/`],
    [`${baseUrl}/.//evil.example`, `${baseUrl}/`],
    ["https://evil.example/", `${baseUrl}/`],
    ["http://127.0.0.1:3001/", `${baseUrl}/`],
    ["not a url", `${baseUrl}/`],
  ])("%j goes to %j", (url, expected) => {
    expect(safeRedirectUrl(url, baseUrl)).toBe(expected);
  });
});
