import { errorResponse, JSON_LD_TYPE, readBoundedJson } from "@/lib/http";
import { CORS_HEADERS } from "./headers";

export interface ProtocolRouteOptions<C> {
  request: Request;
  caller: () => Promise<C>;
  bodyLimit?: number;
}

/**
 * jsonRoute's order for the protocol's routes: know the caller, read a bounded body,
 * run one service that builds its own Response (status and protocol headers), and
 * map a thrown error to JSON, with CORS so another origin's client can read it.
 */
export async function protocolRoute<C>(
  { request, caller, bodyLimit }: ProtocolRouteOptions<C>,
  run: (caller: C, body: unknown) => Promise<Response>,
): Promise<Response> {
  try {
    const who = await caller();
    const body = bodyLimit === undefined ? undefined : await readBoundedJson(request, bodyLimit, JSON_LD_TYPE);
    return await run(who, body);
  } catch (error) {
    const response = errorResponse(error);
    for (const [name, value] of Object.entries(CORS_HEADERS)) response.headers.set(name, value);
    if (response.status === 401) response.headers.set("WWW-Authenticate", 'Bearer realm="palimpsest"');
    return response;
  }
}

/** A preflight or a plain OPTIONS: the resource's Allow and the CORS headers, no body. */
export function optionsResponse(headers: Headers): Response {
  headers.delete("Content-Type");
  return new Response(null, { status: 204, headers });
}
