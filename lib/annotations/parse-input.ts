import type { z } from "zod";
import { AnnotationError } from "./errors";

/**
 * Parses untrusted input with one of ./schemas, or throws a 400 naming the
 * first problem. A refused note keeps validateBody's reason as it is.
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (issue === undefined) throw new AnnotationError("invalid_input", "The request is not valid.");
  const path = issue.path.map(String).join(".");
  const isBody = issue.code === "custom" && issue.params?.body === true;
  const message = path === "" ? issue.message : `${path}: ${issue.message}`;
  throw new AnnotationError(isBody ? "invalid_body" : "invalid_input", message);
}
