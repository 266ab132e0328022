import { describeError, type ErrorBody } from "./describe-error";

/**
 * What a server action hands back to its form. Server actions always answer
 * HTTP 200, so the status the same failure would get from a route handler
 * travels in the value.
 */
export type ActionResult<T> = { ok: true; data: T } | ({ ok: false; status: number } & ErrorBody);

export type ActionState<T> = ActionResult<T> | null;

/**
 * Runs one service call and maps a thrown service error to a result. Call
 * Next's redirect() outside: it works by throwing, and this would swallow it.
 */
export async function runAction<T>(call: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await call() };
  } catch (error) {
    const described = describeError(error);
    if (described.unexpected) console.error(error);
    return { ok: false, status: described.status, ...described.body };
  }
}
