import { describe, expect, it } from "vitest";
import { jsonRoute, readBoundedBytes, readBoundedForm, readBoundedJson } from "@/lib/http";
import { PolicyError } from "@/lib/policy";

/** A body that never ends, counting what the reader pulled and whether it hung up. */
function endlessBody() {
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      seen.pulled += 1024;
      controller.enqueue(new Uint8Array(1024).fill(0x5b));
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { stream, seen };
}

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("readBoundedBytes", () => {
  it("refuses an announced length over the limit without reading", async () => {
    const { stream, seen } = endlessBody();
    const request = post(stream, { "content-length": String(10 * 1024 * 1024) });
    await expect(readBoundedBytes(request, 4096)).rejects.toMatchObject({ code: "body_too_large", status: 413 });
    expect(seen.pulled).toBeLessThanOrEqual(1024);
  });

  it("counts a body without a length and hangs up just past the limit", async () => {
    const { stream, seen } = endlessBody();
    await expect(readBoundedBytes(post(stream), 8 * 1024)).rejects.toMatchObject({ code: "body_too_large", message: expect.stringContaining("8 KB") });
    expect(seen.cancelled).toBe(true);
    expect(seen.pulled).toBeLessThanOrEqual(12 * 1024);
  });

  it("returns a body within the limit whole, and an empty one as no bytes", async () => {
    expect(new TextDecoder().decode(await readBoundedBytes(post("x".repeat(4096)), 4096))).toBe("x".repeat(4096));
    expect((await readBoundedBytes(new Request("http://localhost/api", { method: "DELETE" }), 10)).byteLength).toBe(0);
  });
});

describe("readBoundedJson and readBoundedForm", () => {
  it("reads only JSON bodies, and says when one is broken", async () => {
    await expect(readBoundedJson(post("a=1", { "content-type": "application/x-www-form-urlencoded" }), 100)).rejects.toMatchObject({ code: "invalid_input", status: 400 });
    await expect(readBoundedJson(post("{", { "content-type": "application/json" }), 100)).rejects.toMatchObject({ message: "The request body is not valid JSON." });
    expect(await readBoundedJson(post('{"a":1}', { "content-type": "application/json; charset=utf-8" }), 100)).toEqual({ a: 1 });
  });

  it("reads a multipart form once it fits", async () => {
    const form = new FormData();
    form.set("title", "Notes");
    form.set("file", new File(["# Notes\n"], "notes.md"));
    const encoded = new Response(form);
    const request = post(await encoded.arrayBuffer(), { "content-type": encoded.headers.get("content-type")! });
    const read = await readBoundedForm(request, 4096);
    expect(read.get("title")).toBe("Notes");
    expect(await (read.get("file") as File).text()).toBe("# Notes\n");
    await expect(readBoundedForm(post("{}", { "content-type": "application/json" }), 4096)).rejects.toMatchObject({ code: "invalid_input" });
  });
});

describe("jsonRoute", () => {
  it("asks who is calling before reading any of the body", async () => {
    const { stream, seen } = endlessBody();
    const response = await jsonRoute(
      { request: post(stream, { "content-type": "application/json" }), caller: async () => Promise.reject(new PolicyError("unauthenticated", "Sign in.")), bodyLimit: 1024 },
      async () => "never",
    );
    expect(response.status).toBe(401);
    expect(seen.pulled).toBeLessThanOrEqual(1024);
  });

  it("refuses a foreign write before asking who is calling", async () => {
    let asked = false;
    const request = new Request("http://localhost/api", { method: "DELETE", headers: { host: "localhost", origin: "https://evil.example" } });
    const response = await jsonRoute({ request, caller: async () => (asked = true) }, async () => "deleted");
    expect(response.status).toBe(403);
    expect(asked).toBe(false);
  });

  it("hands the parsed body to the service and answers with its status", async () => {
    const request = post('{"n":2}', { "content-type": "application/json", host: "localhost", origin: "http://localhost" });
    const response = await jsonRoute({ request, caller: async () => "me", bodyLimit: 100, status: 201 }, async (who, body) => ({ who, body }));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ who: "me", body: { n: 2 } });
  });
});
