import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { openSource, signUp, sourceIdOf } from "./support-annotate";

// Finding 1.2: a route must answer an oversized or endless body without reading it
// whole. Each request here sends a body that never ends (the client stops writing at
// SEND_CAP and keeps the request open), so an answer proves the server did not wait
// for the end of it.

const SEND_CAP = 32 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, "[");

interface Answer {
  status: number;
  sentBytes: number;
  ms: number;
}

function sendEndless(url: string, headers: Record<string, string>, method = "POST"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let sent = 0;
    let answered = false;
    const req = httpRequest(url, { method, headers });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`no answer after ${Date.now() - started} ms and ${sent} bytes sent`));
    }, 15_000);
    req.on("response", (res) => {
      answered = true;
      clearTimeout(timer);
      res.resume();
      resolve({ status: res.statusCode ?? 0, sentBytes: sent, ms: Date.now() - started });
      req.destroy();
    });
    req.on("error", (error) => {
      // The server may close the socket right after answering.
      if (!answered) {
        clearTimeout(timer);
        reject(error);
      }
    });
    const pump = () => {
      while (!answered && sent < SEND_CAP) {
        sent += CHUNK.length;
        if (!req.write(CHUNK)) return void req.once("drain", pump);
      }
    };
    pump();
  });
}

test("signed out, a never-ending POST answers 401 before the body is read", async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openSource(page);
  const sourceId = await sourceIdOf(page);
  for (const [path, type] of [
    [`/api/sources/${sourceId}/annotations`, "application/json"],
    ["/api/annotations/some-id/replies", "application/json"],
    ["/api/annotations/some-id", "application/json"],
    ["/api/sources/import", "multipart/form-data; boundary=x"],
  ] as const) {
    const method = path === "/api/annotations/some-id" ? "PATCH" : "POST";
    const answer = await sendEndless(`${baseURL}${path}`, { "content-type": type, "content-length": String(200 * 1024 * 1024) }, method);
    // The body never ends (the client holds it open at SEND_CAP), so any answer at all
    // proves the route did not wait for it; how many bytes the client pushed before a
    // signed-out 401 arrived is the loopback's speed against the route's first load.
    expect(answer.status, path).toBe(401);
  }
  await context.close();
});

test("signed in, a body over the route's limit answers 413 by its length or by counting", async ({ browser, baseURL }) => {
  const { context, page } = await signUp(browser, "Bounded");
  await openSource(page);
  const sourceId = await sourceIdOf(page);
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const url = `${baseURL}/api/sources/${sourceId}/annotations`;

  // Announced too large: refused at once.
  const announced = await sendEndless(url, { cookie, "content-type": "application/json", "content-length": String(200 * 1024 * 1024) });
  // As signed out: the body never ends, so the 413 itself proves it was not read whole.
  expect(announced.status).toBe(413);

  // No length given (chunked): refused once the count passes the limit.
  const chunked = await sendEndless(url, { cookie, "content-type": "application/json", "transfer-encoding": "chunked" });
  expect(chunked.status).toBe(413);

  // The import has its own, larger limit: 6 MB announced is over it.
  const upload = await sendEndless(`${baseURL}/api/sources/import`, { cookie, "content-type": "multipart/form-data; boundary=x", "content-length": String(7 * 1024 * 1024) });
  expect(upload.status).toBe(413);

  // And the server still answers normally afterwards.
  const list = await page.request.get(`/api/sources/${sourceId}/annotations`);
  expect(list.status()).toBe(200);
  await context.close();
});
