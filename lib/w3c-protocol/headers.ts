// The headers the W3C Web Annotation Protocol asks for (protocol 4 and 5), and CORS,
// which these routes alone send: other tools call them from their own origins.
import { ANNO_MEDIA_TYPE } from "@/lib/interchange/w3c/vocabulary";

const LDP = "http://www.w3.org/ns/ldp#";
const CONSTRAINED_BY = `<http://www.w3.org/TR/annotation-protocol/>; rel="${LDP}constrainedBy"`;

export const CONTAINER_ALLOW = "GET, HEAD, OPTIONS, POST";
export const PAGE_ALLOW = "GET, HEAD, OPTIONS";
export const ANNOTATION_ALLOW = "GET, HEAD, OPTIONS, PUT, DELETE";

/** No credentials: a page elsewhere gets nothing from our cookies, only what a bearer token grants. */
export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Headers": "Authorization, Content-Type, Accept, Prefer, If-Match, If-None-Match",
  "Access-Control-Expose-Headers": "ETag, Link, Location, Allow, Accept-Post, Preference-Applied, Vary",
  "Access-Control-Max-Age": "600",
};

export type ProtocolResourceKind = "container" | "page" | "annotation";

const ALLOW: Record<ProtocolResourceKind, string> = { container: CONTAINER_ALLOW, page: PAGE_ALLOW, annotation: ANNOTATION_ALLOW };

/** Everything but the ETag, which depends on the representation. */
export function protocolHeaders(kind: ProtocolResourceKind, extra: Record<string, string> = {}): Headers {
  const headers = new Headers({ ...CORS_HEADERS, "Content-Type": ANNO_MEDIA_TYPE, Allow: ALLOW[kind], Vary: "Accept, Prefer" });
  headers.set("Access-Control-Allow-Methods", ALLOW[kind]);
  if (kind === "container") {
    headers.set("Link", `<${LDP}BasicContainer>; rel="type", ${CONSTRAINED_BY}`);
    headers.set("Accept-Post", ANNO_MEDIA_TYPE);
  } else if (kind === "annotation") {
    headers.set("Link", `<${LDP}Resource>; rel="type", <http://www.w3.org/ns/oa#Annotation>; rel="type"`);
  }
  for (const [name, value] of Object.entries(extra)) headers.set(name, value);
  return headers;
}

export type ContainerPreference = "descriptions" | "iris" | "minimal";

/**
 * Protocol 5.2/5.3: `Prefer: return=representation;include="..."` picks full
 * annotations, their IRIs, or the container alone. Without one we send descriptions.
 */
export function containerPreference(prefer: string | null): { preference: ContainerPreference; applied: boolean } {
  if (prefer === null || !/return\s*=\s*representation/i.test(prefer)) return { preference: "descriptions", applied: false };
  const include = /include\s*=\s*"([^"]*)"/i.exec(prefer)?.[1] ?? "";
  if (include.includes(`${LDP}PreferMinimalContainer`)) return { preference: "minimal", applied: true };
  if (include.includes("http://www.w3.org/ns/oa#PreferContainedIRIs")) return { preference: "iris", applied: true };
  return { preference: "descriptions", applied: true };
}

/** Whether the client takes JSON-LD (or anything): otherwise 406. */
export function acceptsJsonLd(accept: string | null): boolean {
  if (accept === null || accept.trim() === "") return true;
  return accept.split(",").some((part) => {
    const type = part.split(";")[0]?.trim().toLowerCase() ?? "";
    return type === "application/ld+json" || type === "application/json" || type === "*/*" || type === "application/*";
  });
}

/** A strong ETag of an annotation's version: PUT and DELETE compare it (If-Match). */
export function annotationEtag(id: string, version: number): string {
  return `"${id}.${version}"`;
}

/** The version an If-Match names for this annotation; null when it names another (or none). */
export function versionFromIfMatch(ifMatch: string, id: string): number | null {
  for (const tag of ifMatch.split(",").map((t) => t.trim())) {
    const match = /^"(.+)\.(\d+)"$/.exec(tag);
    if (match !== null && match[1] === id) return Number(match[2]);
  }
  return null;
}
