import { AppError } from "./app-error";

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The host the client addressed, as Next's own server-action check reads it. */
function addressedHost(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-host");
  if (forwarded !== null && forwarded !== "") return forwarded.split(",")[0]!.trim();
  return headers.get("host");
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * Whether a state-changing request was sent by a page of another origin. Browsers
 * mark every request with Sec-Fetch-Site and cross-origin writes with Origin; a
 * forged request carrying the victim's cookie cannot drop either. A request with
 * neither comes from a client that is not a browser (curl, a script): it holds its
 * own credentials, not a victim's, so there is nothing to forge and it is let through.
 * "same-site" is refused too: another port or subdomain of this host is another
 * origin, and its pages still get the cookie.
 */
export function isForeignWrite(method: string, headers: Headers): boolean {
  if (!MUTATING.has(method.toUpperCase())) return false;
  const site = headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") return true;
  const origin = headers.get("origin");
  if (origin === null) return false;
  // "null" (sandboxed frames, some redirects) has no host and is foreign.
  const host = originHost(origin);
  return host === null || host !== addressedHost(headers);
}

/** Throws 403 for a state-changing request from another origin; every mutating route handler calls it first. */
export function refuseForeignWrite(request: Request): void {
  if (isForeignWrite(request.method, request.headers)) {
    throw new AppError("foreign_origin", "This change must be made from Palimpsest's own pages.");
  }
}
