import type { AnnotationDto } from "./dto";

export type AnnotationErrorCode =
  | "invalid_input"
  | "invalid_body"
  | "invalid_range"
  | "quote_mismatch"
  | "not_found"
  | "version_changed"
  | "stale"
  | "link_exists";

const STATUS: Record<AnnotationErrorCode, 400 | 404 | 409> = {
  invalid_input: 400,
  invalid_body: 400,
  invalid_range: 400,
  quote_mismatch: 400,
  not_found: 404,
  version_changed: 409,
  stale: 409,
  link_exists: 409,
};

/**
 * A refusal the user can act on: `message` is shown as it is. Thrown by the
 * service and turned into an HTTP answer in one place (the routes' respond
 * helper), beside lib/policy's PolicyError, which has the same three fields.
 */
export class AnnotationError extends Error {
  readonly code: AnnotationErrorCode;
  readonly status: 400 | 404 | 409;

  constructor(code: AnnotationErrorCode, message: string) {
    super(message);
    this.name = "AnnotationError";
    this.code = code;
    this.status = STATUS[code];
  }
}

/** 409 for an edit of an old version: carries what the editor should merge with (ConflictDto). */
export class StaleAnnotationError extends AnnotationError {
  readonly current: AnnotationDto;

  constructor(current: AnnotationDto) {
    super("stale", `Someone changed this annotation meanwhile (now version ${current.version}); review their change and edit again.`);
    this.name = "StaleAnnotationError";
    this.current = current;
  }
}

export function notFound(what: "Annotation" | "Source" | "Reply" = "Annotation"): AnnotationError {
  return new AnnotationError("not_found", `${what} not found.`);
}
