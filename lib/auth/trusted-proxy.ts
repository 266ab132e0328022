import proxyaddr from "proxy-addr";

/** proxy-addr's question: is the address `hop` steps from the server one of our proxies? */
export type ProxyTrust = (address: string, hop: number) => boolean;

/**
 * TRUSTED_PROXY, as an operator writes it: unset (no proxy: the socket's peer is
 * the client), a number of proxy hops in front of the app ("1" for one load
 * balancer), or the proxies' addresses and ranges ("10.0.0.0/8, 192.0.2.7", or
 * proxy-addr's names "loopback", "linklocal", "uniquelocal").
 * An unreadable value throws, so a typo stops the start instead of trusting anyone.
 */
export function proxyTrust(setting: string | undefined): ProxyTrust {
  const value = setting?.trim() ?? "";
  if (value === "" || value === "0") return () => false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  const entries = value.split(",").map((entry) => entry.trim()).filter((entry) => entry !== "");
  try {
    return proxyaddr.compile(entries);
  } catch (error) {
    throw new Error(`TRUSTED_PROXY is not a number of hops or a list of addresses: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export interface PeerRequest {
  headers: Record<string, string | string[] | undefined>;
  socket: { remoteAddress?: string | undefined };
}

/**
 * The client's address: the socket's peer, or, behind trusted proxies, the
 * nearest X-Forwarded-For entry that no trusted proxy wrote. Entries a client
 * wrote itself are never believed.
 */
export function requestClientAddress(request: PeerRequest, trust: ProxyTrust): string {
  // proxy-addr reads req.socket.remoteAddress and the X-Forwarded-For header.
  return proxyaddr(request as Parameters<typeof proxyaddr>[0], trust);
}
