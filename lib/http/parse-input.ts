import { z } from "zod";
import { AppError, type FieldErrors } from "./app-error";

/** Validates untrusted input; failures become an AppError naming each bad field. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fieldErrors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "form";
    (fieldErrors[field] ??= []).push(issue.message);
  }
  const first = parsed.error.issues[0]?.message ?? "The form is not valid.";
  throw new AppError("invalid_input", first, fieldErrors);
}

/** A form's fields as a plain object, without React's `$ACTION_` bookkeeping entries. */
export function formFields(form: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (name.startsWith("$ACTION_") || typeof value !== "string") continue;
    fields[name] = value;
  }
  return fields;
}
