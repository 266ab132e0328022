import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants as zlib, gzip } from "node:zlib";

/**
 * The build's hashed files (`.next/static`), compressed once and answered from memory.
 * Next compresses every static response again on each request, on the thread that also
 * renders pages: on a two-core machine the reader's eleven scripts and six stylesheets
 * then queue behind its render and hold its first paint (docs/design-notes.md, "What
 * delays the reader's first paint"). A name here changes whenever its content does, so
 * each answer may be cached for good.
 */
export interface StaticAssets {
  /** Answers `request` when it asks for a known asset; false leaves it to Next. */
  serve(request: IncomingMessage, response: ServerResponse): boolean;
}

interface Asset {
  body: Buffer;
  gzip: Buffer;
  brotli: Buffer;
  type: string;
  etag: string;
}

const TYPES: Record<string, string> = {
  ".js": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};
const IMMUTABLE = "public, max-age=31536000, immutable";
const PREFIX = "/_next/static/";

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

async function loadAsset(file: string, type: string): Promise<Asset> {
  const body = await readFile(file);
  // Both run on libuv's thread pool, so compressing at start-up never blocks a request.
  const [gz, br] = await Promise.all([
    gzipAsync(body, { level: 9 }),
    brotliAsync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  ]);
  return { body, gzip: gz, brotli: br, type, etag: `"${createHash("sha1").update(body).digest("base64url")}"` };
}

/** The encoding to answer with: brotli, then gzip, when the client accepts it (q=0 refuses). */
export function pickEncoding(acceptEncoding: string | undefined): "br" | "gzip" | null {
  const accepted = new Set(
    (acceptEncoding ?? "")
      .split(",")
      .map((part) => part.trim().toLowerCase().split(";"))
      .filter(([, ...params]) => !params.some((p) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(p)))
      .map(([name]) => name?.trim() ?? ""),
  );
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip")) return "gzip";
  return null;
}

/**
 * Loads every file under `dir` (the build's `.next/static`) whose type is known. For
 * anything it does not hold (a range request, a name it never saw), `serve` says false
 * and Next answers as before. `headers` are the ones next.config.js gives
 * every response, so an asset answered here carries the same.
 */
export async function loadStaticAssets(dir: string, headers: readonly { key: string; value: string }[]): Promise<StaticAssets> {
  const assets = new Map<string, Asset>();
  for (const file of await filesUnder(dir)) {
    const type = TYPES[path.extname(file)];
    if (type === undefined) continue;
    const url = PREFIX + path.relative(dir, file).split(path.sep).map(encodeURIComponent).join("/");
    assets.set(url, await loadAsset(file, type));
  }
  return {
    serve(request, response) {
      if ((request.method !== "GET" && request.method !== "HEAD") || request.headers.range !== undefined) return false;
      const url = (request.url ?? "").split("?")[0] ?? "";
      const asset = url.startsWith(PREFIX) ? assets.get(url) : undefined;
      if (asset === undefined) return false;
      for (const { key, value } of headers) response.setHeader(key, value);
      response.setHeader("Cache-Control", IMMUTABLE);
      response.setHeader("ETag", asset.etag);
      response.setHeader("Vary", "Accept-Encoding");
      if (request.headers["if-none-match"] === asset.etag) {
        response.writeHead(304).end();
        return true;
      }
      const encoding = pickEncoding(request.headers["accept-encoding"]);
      const body = encoding === "br" ? asset.brotli : encoding === "gzip" ? asset.gzip : asset.body;
      response.setHeader("Content-Type", asset.type);
      response.setHeader("Content-Length", body.length);
      if (encoding !== null) response.setHeader("Content-Encoding", encoding);
      response.writeHead(200);
      response.end(request.method === "HEAD" ? undefined : body);
      return true;
    },
  };
}
