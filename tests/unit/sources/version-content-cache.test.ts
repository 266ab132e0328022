import { describe, expect, it } from "vitest";
import { VersionContentCache } from "@/lib/sources/version-content-cache";

const content = (text: string) => ({ text, blocks: [], marks: [], sections: [], citations: [] });

describe("VersionContentCache", () => {
  it("keeps versions within its budget of text, the least recently read going first", () => {
    const cache = new VersionContentCache(10);
    cache.set("a", content("aaaa"));
    cache.set("b", content("bbbb"));
    expect(cache.get("a")?.text).toBe("aaaa"); // now the most recent
    cache.set("c", content("cccc"));
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")?.text).toBe("aaaa");
    expect(cache.get("c")?.text).toBe("cccc");
  });

  it("counts a version stored again once, and keeps nothing larger than the budget", () => {
    const cache = new VersionContentCache(10);
    cache.set("a", content("aaaa"));
    cache.set("a", content("aaaa"));
    cache.set("b", content("bbbbbb"));
    expect(cache.get("a")).toBeDefined();
    cache.set("big", content("x".repeat(11)));
    expect(cache.get("big")).toBeUndefined();
    expect(cache.get("b")).toBeDefined();
  });
});
