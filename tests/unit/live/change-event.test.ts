import { describe, expect, it } from "vitest";
import { changeEvent, parseChangeEvent } from "@/lib/live/change-event";
import { isEmbeddedVersion } from "@/lib/db/embedded-version";

describe("change events", () => {
  it("round-trip through the change log's JSON", () => {
    const a = changeEvent({ sourceId: "s1", kind: "annotation", id: "a1", change: "updated", before: { authorId: "u1", groupId: null, visibility: "private" } });
    expect(parseChangeEvent(JSON.parse(JSON.stringify(a)))).toEqual(a);
  });

  it("stay small: ids only, never content", () => {
    const long = "c".repeat(64);
    const event = changeEvent({ sourceId: long, kind: "annotation", id: long, change: "restored", before: { authorId: long, groupId: long, visibility: "group" } });
    expect(new TextEncoder().encode(JSON.stringify(event)).length).toBeLessThan(1000);
  });

  it("ignore payloads that are not ours", () => {
    expect(parseChangeEvent(undefined)).toBeNull();
    expect(parseChangeEvent("not json")).toBeNull();
    expect(parseChangeEvent({ sourceId: "s1", kind: "source", id: "x", change: "created" })).toBeNull();
  });
});

describe("detecting the embedded database", () => {
  it("recognizes PGlite's version string and not a real server's", () => {
    expect(isEmbeddedVersion("PostgreSQL 18.6 (PGlite 0.5.14) on wasm32-unknown-emscripten, compiled by emcc")).toBe(true);
    expect(isEmbeddedVersion("PostgreSQL 15.18 (Debian 15.18-0+deb12u1) on x86_64-pc-linux-gnu, compiled by gcc")).toBe(false);
  });
});
