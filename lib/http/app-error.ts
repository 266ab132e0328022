/**
 * Expected failures of the account and group services: each has a code the UI
 * can branch on and a message written for the person using the app.
 */
export type AppErrorCode =
  | "invalid_input"
  | "not_found"
  | "invite_unknown"
  | "invite_expired"
  | "invite_used"
  | "last_owner"
  | "invalid_body"
  | "invalid_range"
  | "quote_mismatch"
  | "version_changed"
  | "stale"
  | "link_exists"
  | "group_has_sources"
  | "rate_limited"
  | "foreign_origin"
  | "body_too_large"
  | "not_acceptable"
  | "precondition_failed"
  | "precondition_required";

export type AppErrorStatus = 400 | 403 | 404 | 406 | 409 | 410 | 412 | 413 | 428 | 429;

const STATUS: Record<AppErrorCode, AppErrorStatus> = {
  invalid_input: 400,
  not_found: 404,
  // Unknown links say 404; links that existed but can no longer be used are gone (410).
  invite_unknown: 404,
  invite_expired: 410,
  invite_used: 410,
  last_owner: 409,
  invalid_body: 400,
  invalid_range: 400,
  quote_mismatch: 400,
  version_changed: 409,
  stale: 409,
  link_exists: 409,
  group_has_sources: 409,
  rate_limited: 429,
  foreign_origin: 403,
  body_too_large: 413,
  // The W3C Web Annotation Protocol's conditional requests (lib/w3c-protocol).
  not_acceptable: 406,
  precondition_failed: 412,
  precondition_required: 428,
};

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: AppErrorStatus;
  readonly fieldErrors: FieldErrors | undefined;
  /** Sent beside `error` in the response, e.g. the current annotation with a 409. */
  readonly extra: Record<string, unknown> | undefined;

  constructor(code: AppErrorCode, message: string, fieldErrors?: FieldErrors, extra?: Record<string, unknown>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.status = STATUS[code];
    this.fieldErrors = fieldErrors;
    this.extra = extra;
  }
}
