import type { IriBase } from "@/lib/interchange/w3c/iris";

/**
 * The origin IRIs are minted under: the app's public URL (NEXTAUTH_URL, which
 * scripts/start.ts always sets), so an IRI does not change with the Host a client used.
 */
export function publicBase(request: Request): IriBase {
  const configured = process.env.NEXTAUTH_URL;
  try {
    return { origin: new URL(configured ?? request.url).origin };
  } catch {
    return { origin: new URL(request.url).origin };
  }
}
