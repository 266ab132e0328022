import { AppError } from "@/lib/http/app-error";
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

/**
 * A refusal the user can act on: `message` is shown as it is. An AppError, so
 * lib/http maps it to HTTP with every other service's errors.
 */
export class AnnotationError extends AppError {
  constructor(code: AnnotationErrorCode, message: string, extra?: Record<string, unknown>) {
    super(code, message, undefined, extra);
    this.name = "AnnotationError";
  }
}

/** 409 for an edit of an old version: carries what the editor should merge with (ConflictDto). */
export class StaleAnnotationError extends AnnotationError {
  readonly current: AnnotationDto;

  constructor(current: AnnotationDto) {
    // The response carries the current annotation beside the error (ConflictDto).
    super("stale", `Someone changed this annotation meanwhile (now version ${current.version}); review their change and edit again.`, {
      current,
    });
    this.name = "StaleAnnotationError";
    this.current = current;
  }
}

export function notFound(what: "Annotation" | "Source" | "Reply" | "Link" = "Annotation"): AnnotationError {
  return new AnnotationError("not_found", `${what} not found.`);
}
