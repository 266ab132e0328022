// The annotation routes' glue: errors are mapped to HTTP by lib/http, like every
// other service's (a stale edit's 409 carries the current annotation: ConflictDto).
import { errorResponse } from "@/lib/http";
import { AnnotationError } from "./errors";

/** Runs one service call and answers with its result as JSON, or with the mapped error. */
export async function respond<T>(call: () => Promise<T>, status: 200 | 201 = 200): Promise<Response> {
  try {
    return Response.json(await call(), { status });
  } catch (error) {
    return errorResponse(error);
  }
}

/**
 * The request's JSON body. Requiring the JSON content type also keeps plain
 * cross-site HTML forms out: they cannot send it without a CORS preflight.
 */
export async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new AnnotationError("invalid_input", "Send the request body as application/json.");
  }
  try {
    return await request.json();
  } catch {
    throw new AnnotationError("invalid_input", "The request body is not valid JSON.");
  }
}
