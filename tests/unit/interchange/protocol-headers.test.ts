import { describe, expect, it } from "vitest";
import { acceptsJsonLd, annotationEtag, containerPreference, versionFromIfMatch } from "@/lib/w3c-protocol/headers";

describe("the protocol's header logic", () => {
  it("reads Prefer as the protocol's three container representations (5.2, 5.3)", () => {
    expect(containerPreference(null)).toEqual({ preference: "descriptions", applied: false });
    expect(containerPreference('return=representation;include="http://www.w3.org/ns/ldp#PreferMinimalContainer"')).toEqual({ preference: "minimal", applied: true });
    expect(containerPreference('return=representation; include="http://www.w3.org/ns/oa#PreferContainedIRIs"')).toEqual({ preference: "iris", applied: true });
    expect(containerPreference('return=representation;include="http://www.w3.org/ns/oa#PreferContainedDescriptions"')).toEqual({ preference: "descriptions", applied: true });
    expect(containerPreference("respond-async").applied).toBe(false);
  });

  it("matches If-Match against this annotation's version only", () => {
    expect(versionFromIfMatch(annotationEtag("a1", 3), "a1")).toBe(3);
    expect(versionFromIfMatch(`"x", ${annotationEtag("a1", 4)}`, "a1")).toBe(4);
    expect(versionFromIfMatch(annotationEtag("a2", 3), "a1")).toBeNull();
    expect(versionFromIfMatch('W/"a1.3"', "a1")).toBeNull();
  });

  it("answers JSON-LD, JSON or anything, and nothing else", () => {
    for (const accept of [null, "", "application/ld+json", "application/json;q=0.9", "text/html, */*;q=0.1"]) expect(acceptsJsonLd(accept)).toBe(true);
    expect(acceptsJsonLd("text/html")).toBe(false);
    expect(acceptsJsonLd("text/turtle, application/xml")).toBe(false);
  });
});
