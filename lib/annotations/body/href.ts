/** Longer than any real citation URL; keeps a single attr from eating the size budget. */
export const MAX_HREF_LENGTH = 2048;

export type HrefCheck = { ok: true } | { ok: false; reason: string };

// Browsers strip or ignore these inside a scheme ("java\tscript:"), so any of
// them anywhere in an href is refused rather than normalised.
const INVISIBLE = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/u;
const ALLOWED_PREFIX = /^(?:https?:\/\/|mailto:)/i;
const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/**
 * Only absolute http(s) and mailto links: an allowlist on the raw string,
 * then the WHATWG parser must agree, so no disguise of javascript:, data: or
 * vbscript: survives. Shared by the editor's Link extension, the server
 * validation and the renderer.
 */
export function checkHref(href: unknown): HrefCheck {
  if (typeof href !== "string" || href === "") return { ok: false, reason: "a link has no address" };
  if (href.length > MAX_HREF_LENGTH) {
    return { ok: false, reason: `a link is too long: ${href.length.toLocaleString("en-US")} characters, limit ${MAX_HREF_LENGTH.toLocaleString("en-US")}` };
  }
  const scheme = apparentScheme(href);
  if (INVISIBLE.test(href) || !ALLOWED_PREFIX.test(href)) return refuse(scheme);
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { ok: false, reason: `link address is not a valid URL: ${href.slice(0, 80)}` };
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return refuse(url.protocol.slice(0, -1));
  if (url.protocol !== "mailto:" && url.hostname === "") return { ok: false, reason: "a link has no host name" };
  return { ok: true };
}

export function isAllowedHref(href: unknown): boolean {
  return checkHref(href).ok;
}

function refuse(scheme: string | null): HrefCheck {
  if (scheme !== null && !["http", "https", "mailto"].includes(scheme)) {
    return { ok: false, reason: `link to ${scheme}: is not allowed (only http, https and mailto links are)` };
  }
  return { ok: false, reason: "links must start with http://, https:// or mailto:, without spaces or control characters" };
}

/** What a browser would probably take as the scheme, to name it in the refusal. */
function apparentScheme(href: string): string | null {
  const decoded = href
    .replace(/&#x([0-9a-f]+);?/gi, (_m, hex: string) => fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_m, dec: string) => fromCodePoint(Number.parseInt(dec, 10)))
    .replace(/&colon;/gi, ":")
    .replace(/&(?:tab|newline);/gi, "");
  const squeezed = decoded.replace(new RegExp(INVISIBLE.source, "gu"), "").toLowerCase();
  const match = /^([a-z][a-z0-9+.-]*):/.exec(squeezed);
  return match?.[1] ?? null;
}

function fromCodePoint(code: number): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
}
