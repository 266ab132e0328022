// The annotation routes' one mapping from service outcomes to HTTP. Annotation
// errors (including the 409 that carries the current annotation) are answered
// here; everything else goes to lib/http's errorResponse, which knows
// PolicyError and the other services' errors.
import { errorResponse } from "@/lib/http";
import type { ConflictDto } from "./dto";
import { AnnotationError, StaleAnnotationError } from "./errors";

export function annotationErrorResponse(error: unknown): Response {
  if (error instanceof StaleAnnotationError) {
    const body: ConflictDto = { error: { code: "stale", message: error.message }, current: error.current };
    return Response.json(body, { status: 409 });
  }
  if (error instanceof AnnotationError) {
    return Response.json({ error: { code: error.code, message: error.message } }, { status: error.status });
  }
  return errorResponse(error);
}

/** Runs one service call and answers with its result as JSON, or with the mapped error. */
export async function respond<T>(call: () => Promise<T>, status: 200 | 201 = 200): Promise<Response> {
  try {
    return Response.json(await call(), { status });
  } catch (error) {
    return annotationErrorResponse(error);
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
