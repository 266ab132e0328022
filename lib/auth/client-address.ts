type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * The address to count failed sign-ins against. Route handlers do not see the
 * socket, only X-Forwarded-For, which `next start` fills with the peer address
 * when the request has none. We take its last entry: the one added by the
 * nearest proxy, which a client cannot choose. Directly exposed, a client can
 * send its own header, so the per-account limit is the one that always holds.
 */
export function clientAddress(headers: HeaderBag): string {
  const forwarded = header(headers, "x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .at(-1);
  const address = last ?? header(headers, "x-real-ip")?.trim() ?? "";
  if (address === "") return "unknown";
  // IPv4 peers on a dual-stack socket arrive as ::ffff:1.2.3.4; count them as one.
  return address.toLowerCase().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");
}
