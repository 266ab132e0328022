import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/http/content-security-policy";

// Gives every page its Content-Security-Policy with a fresh nonce. Next reads the
// nonce from the request's policy header and puts it on its scripts (Next's CSP
// guide); x-nonce carries it to the layout for the note editor's <style>.
// The headers every response shares (frame, sniffing, referrer) come from
// next.config.js, so route handlers and static files get them without this proxy.
// This is no authorization layer: every route handler and action checks for itself.
export function proxy(request: NextRequest): NextResponse {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Not /api (JSON and event streams get next.config.js's policy) nor built assets.
      source: "/((?!api/|_next/static|_next/image).*)",
      // Nor any request with a body: with a proxy in the way, Next buffers the whole
      // body before the route runs (proxyClientMaxBodySize), which would undo the
      // bounded reads of lib/http and the server actions' own limit.
      missing: [
        { type: "header", key: "content-length" },
        { type: "header", key: "transfer-encoding" },
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
