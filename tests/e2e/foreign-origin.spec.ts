import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { canonicalText } from "./support";
import { openSource, signUp, sourceIdOf } from "./support-annotate";

// Finding 1.9: with the victim's cookie, a request from another origin must not
// change anything. Each refused request is followed by a look at the note itself.

const SOURCE = "The Great Purge";
const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const EVIL = { origin: "https://evil.example" };
const CROSS_SITE = { "sec-fetch-site": "cross-site" };
// Another port on the same host is the same site (cookies ignore ports) but another origin.
const SAME_SITE_OTHER_ORIGIN = { origin: "http://127.0.0.1:3999", "sec-fetch-site": "same-site" };

async function state(request: APIRequestContext, id: string): Promise<{ status: number; version?: number }> {
  const response = await request.get(`/api/annotations/${id}`);
  if (!response.ok()) return { status: response.status() };
  const body = (await response.json()) as { version: number };
  return { status: response.status(), version: body.version };
}

test("PATCH, DELETE, restore and POSTs from a foreign origin answer 403 and change nothing", async ({ browser, baseURL }) => {
  const { context, page } = await signUp(browser, "Victim");
  await openSource(page, SOURCE);
  const sourceId = await sourceIdOf(page);
  const text = await canonicalText(page);
  const passage = text.slice(200, 240);
  const start = text.indexOf(passage);
  const ours = { origin: new URL(baseURL ?? "").origin, "sec-fetch-site": "same-origin" };
  const created = await page.request.post(`/api/sources/${sourceId}/annotations`, {
    headers: ours,
    data: { layer: "rebuttal", visibility: "private", groupId: null, start, end: start + passage.length, exact: passage, body: doc("mine"), tags: [] },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const request = page.request;

  for (const headers of [EVIL, CROSS_SITE, SAME_SITE_OTHER_ORIGIN, { origin: "null" }]) {
    const label = JSON.stringify(headers);
    expect((await request.patch(`/api/annotations/${id}`, { headers, data: { version: 1, body: doc("theirs") } })).status(), label).toBe(403);
    expect((await request.delete(`/api/annotations/${id}`, { headers })).status(), label).toBe(403);
    expect((await request.post(`/api/annotations/${id}/replies`, { headers, data: { body: doc("a reply") } })).status(), label).toBe(403);
    expect(
      (await request.post(`/api/sources/${sourceId}/annotations`, { headers, data: { layer: "rebuttal", visibility: "private", groupId: null, start, end: start + passage.length, exact: passage, body: doc("planted"), tags: [] } })).status(),
      label,
    ).toBe(403);
    expect(await state(request, id), label).toEqual({ status: 200, version: 1 });
  }
  const replies = (await (await request.get(`/api/annotations/${id}/replies`)).json()) as { replies: unknown[] };
  expect(replies.replies).toHaveLength(0);

  // The owner's own page may delete; a foreign origin may not undo it.
  expect((await request.delete(`/api/annotations/${id}`, { headers: ours })).status()).toBe(200);
  for (const headers of [EVIL, CROSS_SITE, SAME_SITE_OTHER_ORIGIN]) {
    expect((await request.post(`/api/annotations/${id}/restore`, { headers })).status(), JSON.stringify(headers)).toBe(403);
  }
  expect((await state(request, id)).status).not.toBe(200);
  expect((await request.post(`/api/annotations/${id}/restore`, { headers: ours })).status()).toBe(200);
  expect(await state(request, id)).toEqual({ status: 200, version: 1 });
  await context.close();
});

test("a no-cors fetch from a same-site page cannot restore a deleted note", async ({ browser, baseURL }) => {
  const { context, page } = await signUp(browser, "Sitemate");
  await openSource(page, SOURCE);
  const sourceId = await sourceIdOf(page);
  const text = await canonicalText(page);
  const passage = text.slice(300, 330);
  const start = text.indexOf(passage);
  const created = await page.request.post(`/api/sources/${sourceId}/annotations`, {
    data: { layer: "rebuttal", visibility: "private", groupId: null, start, end: start + passage.length, exact: passage, body: doc("to delete"), tags: [] },
  });
  const { id } = (await created.json()) as { id: string };
  expect((await page.request.delete(`/api/annotations/${id}`)).status()).toBe(200);

  // A page served from another port of the same host: the same site, so the browser sends the cookie.
  const attacker = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end("<h1>hello</h1>"));
  await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
  const { port } = attacker.address() as AddressInfo;
  const evil = await context.newPage();
  await evil.goto(`http://127.0.0.1:${port}/attack`);
  await evil.evaluate(async (url) => {
    await fetch(url, { method: "POST", mode: "no-cors", credentials: "include" });
  }, `${new URL(baseURL ?? "").origin}/api/annotations/${id}/restore`);
  expect((await state(page.request, id)).status).not.toBe(200);
  attacker.close();
  await context.close();
});
