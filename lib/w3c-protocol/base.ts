import { siteOrigin } from "@/lib/http";
import type { IriBase } from "@/lib/interchange/w3c/iris";

/** IRIs are minted under the site's public origin, so they do not change with the Host a client used. */
export function publicBase(request: Request): IriBase {
  return { origin: siteOrigin(request) };
}
