import { describe, expect, it } from "vitest";
import type { AnnotationDto } from "@/lib/annotations/dto";
import { AnnotationError, StaleAnnotationError } from "@/lib/annotations/errors";
import { errorResponse, jsonRoute } from "@/lib/http";
import { PolicyError } from "@/lib/policy";
import { annotationDto } from "../support/annotation-dto";

const current: AnnotationDto = annotationDto({
  sourceId: "s1",
  versionId: "v1",
  groupId: "g1",
  groupName: "Seminar",
  author: { id: "u1", name: "Reader" },
  visibility: "group",
  end: 5,
  exact: "Quote",
  suffix: " follows",
  body: { type: "doc", content: [{ type: "paragraph" }] },
  version: 4,
  createdAt: "2026-11-24T00:00:00.000Z",
  updatedAt: "2026-11-24T00:00:00.000Z",
});

describe("the routes' error mapping", () => {
  it("answers a stale edit with 409 and the current annotation", async () => {
    const response = errorResponse(new StaleAnnotationError(current));
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ error: { code: "stale", message: expect.stringContaining("version 4") }, current });
  });

  it("maps annotation and policy errors to their statuses with { error: { code, message } }", async () => {
    const quote = errorResponse(new AnnotationError("quote_mismatch", "The quote does not match."));
    expect(quote.status).toBe(400);
    expect(await quote.json()).toEqual({ error: { code: "quote_mismatch", message: "The quote does not match." } });
    expect(errorResponse(new PolicyError("unauthenticated", "Sign in to annotate.")).status).toBe(401);
    expect(errorResponse(new PolicyError("forbidden", "No.")).status).toBe(403);
  });

  it("never shows an unexpected error's message", async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const request = new Request("http://localhost/api");
      const response = await jsonRoute({ request, caller: async () => null }, async () => {
        throw new Error("connection string postgres://secret@host");
      });
      expect(response.status).toBe(500);
      expect(JSON.stringify(await response.json())).not.toContain("secret");
    } finally {
      console.error = original;
    }
  });
});
