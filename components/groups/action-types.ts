import type { ActionResult, ActionState } from "@/lib/http/action-result";

/** A server action used with useActionState, passed down from a page. */
export type FormAction<T> = (previous: ActionState<T>, form: FormData) => Promise<ActionResult<T>>;

/** The result's error message, if the last submission failed. */
export function failureOf<T>(state: ActionState<T>): { message: string; fieldErrors: Record<string, string[]> } | null {
  if (state === null || state.ok) return null;
  return { message: state.message, fieldErrors: state.fieldErrors ?? {} };
}
