type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * The address to count sign-ins and sign-ups against. Route handlers and server
 * actions do not see the socket, and `next start` keeps a client's own
 * X-Forwarded-For as it came (it adds the peer only when there is none; see
 * node_modules/next/dist/server/base-server.js). So scripts/serve.ts, which
 * serves the app, replaces the header with the one address it resolved from the
 * socket and TRUSTED_PROXY (lib/auth/trusted-proxy.ts), and this reads it back.
 */
export function clientAddress(headers: HeaderBag): string {
  const forwarded = header(headers, "x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .at(-1);
  if (last === undefined) return "unknown";
  // IPv4 peers on a dual-stack socket arrive as ::ffff:1.2.3.4; count them as one.
  return last.toLowerCase().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");
}
