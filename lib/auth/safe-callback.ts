const BASE = "http://palimpsest.invalid";

/** A path a browser resolves on this site: one leading slash, after dots and escapes are resolved. */
function isSitePath(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") && new URL(path, BASE).origin === BASE;
}

/**
 * Where to go after signing in: a path on this site only, so a crafted link
 * cannot send a freshly signed-in user to another site ("open redirect"). The
 * check runs on the normalised path, the one the redirect sends: "/.//evil.example",
 * "/..//evil.example" and "/%2e//evil.example" all normalise to "//evil.example",
 * which browsers read as another host.
 */
export function safeCallbackPath(raw: unknown, fallback = "/"): string {
  if (typeof raw !== "string" || raw === "") return fallback;
  // Control characters and backslashes can hide "//" from a reader of the raw string.
  if (/[\u0000-\u001f\u007f\\]/.test(raw) || !isSitePath(raw)) return fallback;
  try {
    const url = new URL(raw, BASE);
    const path = `${url.pathname}${url.search}${url.hash}`;
    return url.origin === BASE && isSitePath(path) ? path : fallback;
  } catch {
    return fallback;
  }
}

/**
 * next-auth's redirect callback: an absolute URL on this site or a path, reduced to
 * a safe path on `baseUrl`; anything else goes to the home page.
 */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const base = new URL(baseUrl);
  let path: string = url;
  if (!url.startsWith("/")) {
    try {
      const absolute = new URL(url);
      if (absolute.origin !== base.origin) return `${base.origin}/`;
      path = `${absolute.pathname}${absolute.search}${absolute.hash}`;
    } catch {
      return `${base.origin}/`;
    }
  }
  return `${base.origin}${safeCallbackPath(path)}`;
}
