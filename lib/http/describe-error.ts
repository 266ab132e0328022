import { isConnectionError } from "@/lib/db/connection-error";
import { DATABASE_UNAVAILABLE_MESSAGE, OUTAGE_RETRY_AFTER_SECONDS, reportOutage } from "@/lib/db/outage";
import { PolicyError } from "@/lib/policy";
import { AppError, type FieldErrors } from "./app-error";
import { RateLimitedError, retryAfterSeconds } from "./rate-limited";

export interface ErrorBody {
  code: string;
  message: string;
  fieldErrors?: FieldErrors;
  /** With a 429: how long to wait, as the Retry-After header says. */
  retryAfterSeconds?: number;
}

export interface DescribedError {
  status: number;
  body: ErrorBody;
  /** Fields sent beside `error` (AppError.extra). */
  extra?: Record<string, unknown>;
  /** True for bugs and outages: worth logging, never worth showing in detail. */
  unexpected: boolean;
}

/** The one place service errors become HTTP statuses and user-facing messages. */
export function describeError(error: unknown): DescribedError {
  if (error instanceof AppError) {
    const body: ErrorBody = { code: error.code, message: error.message };
    if (error.fieldErrors !== undefined) body.fieldErrors = error.fieldErrors;
    if (error instanceof RateLimitedError) body.retryAfterSeconds = retryAfterSeconds(error.retryAfterMs);
    return { status: error.status, body, unexpected: false, ...(error.extra === undefined ? {} : { extra: error.extra }) };
  }
  if (error instanceof PolicyError) {
    // invalid_actor is a server bug (an actor built without a user id): say so plainly.
    const unexpected = error.status === 500;
    return { status: error.status, body: { code: error.code, message: error.message }, unexpected };
  }
  if (isConnectionError(error)) {
    reportOutage(error);
    return { status: 503, body: { code: "database_unavailable", message: DATABASE_UNAVAILABLE_MESSAGE, retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS }, unexpected: false };
  }
  return {
    status: 500,
    body: { code: "internal", message: "Something went wrong on the server; please try again." },
    unexpected: true,
  };
}

/** For route handlers: a JSON error response with the mapped status. */
export function errorResponse(error: unknown): Response {
  const described = describeError(error);
  if (described.unexpected) console.error(error);
  const retryAfter = described.body.retryAfterSeconds;
  const headers: HeadersInit = retryAfter === undefined ? {} : { "Retry-After": String(retryAfter) };
  return Response.json({ ...described.extra, error: described.body }, { status: described.status, headers });
}
