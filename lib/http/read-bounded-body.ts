import { AppError } from "./app-error";

// A body is read only after the caller is known, and only up to the route's limit:
// a signed-out 200 MB POST used to be buffered and parsed whole before its 400.

function tooLarge(limit: number): AppError {
  const size = limit >= 1024 * 1024 ? `${(limit / (1024 * 1024)).toFixed(1)} MB` : `${Math.round(limit / 1024)} KB`;
  return new AppError("body_too_large", `The request body is larger than ${size}, the most this address accepts.`);
}

/**
 * The body's bytes, at most `limit` of them: a Content-Length over the limit is
 * refused before anything is read, and a body without one (chunked) is counted as
 * it arrives and cancelled the moment it passes the limit.
 */
export async function readBoundedBytes(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > limit) {
    await request.body?.cancel().catch(() => undefined);
    throw tooLarge(limit);
  }
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(new ArrayBuffer(total));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

const JSON_TYPE = { pattern: /^application\/json\b/i, name: "application/json" };

/** JSON-LD as well, for the W3C protocol (its clients send application/ld+json). */
export const JSON_LD_TYPE = { pattern: /^application\/(ld\+)?json\b/i, name: "application/ld+json" };

/**
 * The request's JSON body, bounded. Requiring the JSON content type also keeps
 * plain cross-site HTML forms out: they cannot send it without a CORS preflight.
 */
export async function readBoundedJson(request: Request, limit: number, jsonType: { pattern: RegExp; name: string } = JSON_TYPE): Promise<unknown> {
  if (!jsonType.pattern.test(request.headers.get("content-type") ?? "")) {
    throw new AppError("invalid_input", `Send the request body as ${jsonType.name}.`);
  }
  const bytes = await readBoundedBytes(request, limit);
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new AppError("invalid_input", "The request body is not valid JSON.");
  }
}

/** A multipart or urlencoded form, bounded; parsed only once all of it is known to fit. */
export async function readBoundedForm(request: Request, limit: number): Promise<FormData> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(type)) {
    throw new AppError("invalid_input", "Send the form as multipart/form-data.");
  }
  const bytes = await readBoundedBytes(request, limit);
  try {
    return await new Response(bytes, { headers: { "content-type": type } }).formData();
  } catch {
    throw new AppError("invalid_input", "The form could not be read.");
  }
}
