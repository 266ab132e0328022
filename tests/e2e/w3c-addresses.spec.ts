import { expect, test } from "@playwright/test";
import { openSource } from "./support-annotate";

// Issue 10, the protocol: a container is addressed with its trailing slash, and a
// client on another origin preflights it. A preflight cannot follow a redirect, so
// the slash address must answer itself; everywhere else the app still drops a
// trailing slash with a permanent redirect, as before.

test("a W3C container answers at its slash address, preflight included, while other paths still drop the slash", async ({ page, request }) => {
  const sourcePath = await openSource(page);
  const container = `/api/w3c${sourcePath}/`;

  const preflight = await request.fetch(container, {
    method: "OPTIONS",
    maxRedirects: 0,
    headers: { origin: "https://annotator.example", "access-control-request-method": "POST", "access-control-request-headers": "authorization, content-type" },
  });
  expect(preflight.status()).toBeLessThan(300);
  expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
  expect(preflight.headers()["access-control-allow-methods"]).toContain("POST");
  expect(preflight.headers()["access-control-allow-headers"]).toContain("Authorization");
  expect(preflight.headers()["allow"]).toBe("GET, HEAD, OPTIONS, POST");

  const got = await request.get(container, { maxRedirects: 0, headers: { origin: "https://annotator.example" } });
  expect(got.status()).toBe(200);
  expect(got.headers()["content-type"]).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
  expect(got.headers()["access-control-allow-origin"]).toBe("*");
  expect(((await got.json()) as { type: string[] }).type).toEqual(["BasicContainer", "AnnotationCollection"]);

  const reader = await request.get(`${sourcePath}/`, { maxRedirects: 0 });
  expect(reader.status()).toBe(308);
  expect(new URL(reader.headers()["location"] ?? "", "http://x").pathname).toBe(sourcePath);
  const library = await request.get("/claims/", { maxRedirects: 0 });
  expect(library.status()).toBe(308);
  expect(new URL(library.headers()["location"] ?? "", "http://x").pathname).toBe("/claims");
});
