import { errorResponse } from "./describe-error";

/** A file a route hands out as a download, streamed. */
export interface DownloadFile {
  fileName: string;
  contentType: string;
  body: AsyncIterable<Uint8Array>;
  /** Further response headers (for example a count the client shows progress against). */
  headers?: Record<string, string>;
}

/** The site's address for links inside a file: NEXTAUTH_URL, which every start script sets, else the request's. */
export function siteOrigin(request: Request): string {
  const configured = process.env.NEXTAUTH_URL;
  return configured !== undefined && configured !== "" ? new URL(configured).origin : new URL(request.url).origin;
}

/** RFC 6266: an ASCII fallback name and the UTF-8 one. */
function disposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function streamOf(chunks: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done === true) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/**
 * The download counterpart of jsonRoute (GET only, so no origin check): know the
 * caller, run one service call that checks everything before the first byte, then
 * stream its file. A refusal is a JSON error like every other route's.
 */
export async function fileRoute<C>(caller: () => Promise<C>, run: (caller: C) => Promise<DownloadFile>): Promise<Response> {
  try {
    const file = await run(await caller());
    return new Response(streamOf(file.body), {
      headers: { "Content-Type": file.contentType, "Content-Disposition": disposition(file.fileName), "Cache-Control": "private, no-store", ...file.headers },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
