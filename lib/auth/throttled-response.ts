import { retryAfterSeconds } from "@/lib/http";
import { parseThrottledCode } from "./sign-in-errors";

/**
 * next-auth answers every refused sign-in the same way: 401 with `{ url }` whose
 * `error` names the reason (the sign-in form calls it with json=true). A refusal
 * by the sign-in limits becomes a 429 with Retry-After, so clients and load
 * balancers see it for what it is; next-auth's client still reads the url and
 * the form shows the wait. Redirect answers (plain form posts) are left alone.
 */
export async function tooManyWhenThrottled(response: Response): Promise<Response> {
  if (response.status !== 401 || !(response.headers.get("content-type") ?? "").includes("application/json")) return response;
  const body = await response.text();
  const minutes = throttledMinutesOf(body);
  const headers = new Headers(response.headers);
  if (minutes === null) return new Response(body, { status: response.status, headers });
  headers.set("Retry-After", String(retryAfterSeconds(minutes * 60_000)));
  return new Response(body, { status: 429, headers });
}

function throttledMinutesOf(body: string): number | null {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== "object" || parsed === null || !("url" in parsed) || typeof parsed.url !== "string") return null;
    return parseThrottledCode(new URL(parsed.url, "http://localhost").searchParams.get("error"));
  } catch {
    return null;
  }
}
