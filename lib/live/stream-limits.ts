// Each open event stream holds a socket and a place in the hub: a client that
// opens them without end would exhaust the server. Counted per process (a load
// balancer spreads a client's streams, so the cap per instance is what a single
// machine can be made to hold).

/** Tabs and windows of one reader; more than this is a loop or an attack. */
export const STREAMS_PER_USER = 10;
/** A classroom behind one NAT shares an address, so this is higher. */
export const STREAMS_PER_ADDRESS = 50;

const KEY = Symbol.for("palimpsest.live.stream-counts");
const globalWithCounts: typeof globalThis & { [KEY]?: Map<string, number> } = globalThis;

function counts(): Map<string, number> {
  let map = globalWithCounts[KEY];
  if (map === undefined) {
    map = new Map();
    globalWithCounts[KEY] = map;
  }
  return map;
}

export interface StreamOwner {
  /** The signed-in user's id, or null. */
  userId: string | null;
  address: string;
}

/** Takes a place for one more stream, or null when the owner is at a cap. */
export function acquireStream(owner: StreamOwner): (() => void) | null {
  const keys: [string, number][] = [[`address:${owner.address}`, STREAMS_PER_ADDRESS]];
  if (owner.userId !== null) keys.push([`user:${owner.userId}`, STREAMS_PER_USER]);
  const map = counts();
  if (keys.some(([key, cap]) => (map.get(key) ?? 0) >= cap)) return null;
  for (const [key] of keys) map.set(key, (map.get(key) ?? 0) + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    for (const [key] of keys) {
      const left = (map.get(key) ?? 1) - 1;
      if (left <= 0) map.delete(key);
      else map.set(key, left);
    }
  };
}
