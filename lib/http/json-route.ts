import { errorResponse } from "./describe-error";
import { refuseForeignWrite } from "./foreign-origin";
import { readBoundedJson } from "./read-bounded-body";

export interface JsonRouteOptions<C> {
  request: Request;
  /**
   * Who is asking. Runs before any of the body is read, so a route that needs a
   * signed-in caller passes a lookup that throws (401) for a signed-out one.
   */
  caller: () => Promise<C>;
  /** Bytes of JSON body the route reads (lib/http/body-limits); leave out when it takes none. */
  bodyLimit?: number;
  status?: 200 | 201;
}

/**
 * The order every route handler follows: refuse a foreign origin for writes, know
 * the caller, read a bounded body, run one service call, answer JSON (or the
 * mapped error).
 */
export async function jsonRoute<C, T>(
  { request, caller, bodyLimit, status = 200 }: JsonRouteOptions<C>,
  run: (caller: C, body: unknown) => Promise<T>,
): Promise<Response> {
  try {
    refuseForeignWrite(request);
    const who = await caller();
    const body = bodyLimit === undefined ? undefined : await readBoundedJson(request, bodyLimit);
    return Response.json(await run(who, body), { status });
  } catch (error) {
    return errorResponse(error);
  }
}
