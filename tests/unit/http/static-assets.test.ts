import http from "node:http";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadStaticAssets, pickEncoding } from "@/lib/http/static-assets";

const SCRIPT = `self.chunk = ${JSON.stringify("x".repeat(5000))};`;
let dir = "";
let server: http.Server;
let base = "";
let fallthrough: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "static-assets-"));
  await mkdir(path.join(dir, "chunks"), { recursive: true });
  await writeFile(path.join(dir, "chunks", "a1b2.js"), SCRIPT);
  await writeFile(path.join(dir, "chunks", "c3d4.css"), ".tx{color:red}");
  await writeFile(path.join(dir, "chunks", "notes.unknown"), "?");
  const assets = await loadStaticAssets(dir, [{ key: "X-Frame-Options", value: "DENY" }]);
  server = http.createServer((request, response) => {
    if (assets.serve(request, response)) return;
    fallthrough.push(request.url ?? "");
    response.writeHead(418).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

/** A raw GET, so the test sees the bytes as sent (fetch would decode them). */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(base + url, { headers }, (response) => {
        const parts: Buffer[] = [];
        response.on("data", (part: Buffer) => parts.push(part));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(parts) }));
      })
      .on("error", reject);
  });
}

describe("loadStaticAssets", () => {
  it("answers a build file compressed as the client asks, cached for good, with the shared headers", async () => {
    const br = await get("/_next/static/chunks/a1b2.js", { "accept-encoding": "gzip, deflate, br" });
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);
    expect(br.body.length).toBeLessThan(SCRIPT.length / 10);
    expect(br.headers["content-type"]).toBe("application/javascript; charset=utf-8");
    expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(br.headers["x-frame-options"]).toBe("DENY");
    expect(br.headers.vary).toBe("Accept-Encoding");

    const gz = await get("/_next/static/chunks/a1b2.js", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);

    const plain = await get("/_next/static/chunks/c3d4.css", { "accept-encoding": "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(".tx{color:red}");
    expect(plain.headers["content-type"]).toBe("text/css; charset=utf-8");
  });

  it("answers 304 to the ETag it gave", async () => {
    const first = await get("/_next/static/chunks/c3d4.css");
    const again = await get("/_next/static/chunks/c3d4.css", { "if-none-match": String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it("leaves to Next what it does not hold: other paths, unknown names and types, ranges, escapes", async () => {
    fallthrough = [];
    const urls = ["/sources/x", "/_next/static/chunks/zzzz.js", "/_next/static/chunks/notes.unknown", "/_next/static/chunks/../../secret.js"];
    for (const url of urls) expect((await get(url)).status).toBe(418);
    expect((await get("/_next/static/chunks/a1b2.js", { range: "bytes=0-10" })).status).toBe(418);
    expect(fallthrough).toHaveLength(urls.length + 1);
  });
});

describe("pickEncoding", () => {
  it.each([
    ["gzip, deflate, br, zstd", "br"],
    ["gzip", "gzip"],
    ["br;q=0, gzip;q=0.8", "gzip"],
    ["gzip;q=0", null],
    ["identity", null],
    [undefined, null],
  ])("%s gives %s", (header, expected) => {
    expect(pickEncoding(header)).toBe(expected);
  });
});
