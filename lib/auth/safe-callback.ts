/**
 * Where to go after signing in: a path on this site only, so a crafted link
 * cannot send a freshly signed-in user to another site ("open redirect").
 */
export function safeCallbackPath(raw: unknown, fallback = "/"): string {
  if (typeof raw !== "string" || raw === "") return fallback;
  // "//host" and "/\host" are protocol-relative to browsers; control characters can hide either.
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\") || /[\u0000-\u001f\\]/.test(raw)) return fallback;
  try {
    const url = new URL(raw, "http://palimpsest.invalid");
    if (url.origin !== "http://palimpsest.invalid") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
