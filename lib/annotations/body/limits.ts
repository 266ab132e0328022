/**
 * Cheap limits, checked on the raw JSON before zod or ProseMirror recurse
 * into it: both walk recursively, and 10,000 nested lists would overflow the
 * stack or tie up the server.
 */
export const BODY_LIMITS = {
  /** UTF-8 bytes of the JSON: a long scholarly note is ~10 KB; this leaves room for marks. */
  maxBytes: 65_536,
  /** Characters of text: roughly eight printed pages. */
  maxTextChars: 20_000,
  /** Nodes from doc to text inclusive: room for five nested lists. */
  maxDepth: 12,
  /** JSON values of any kind: 64 KB of JSON cannot hold more than about this many. */
  maxValues: 32_768,
} as const;

// A node's object and its content array, plus marks -> mark -> attrs below the deepest node.
const MAX_JSON_DEPTH = BODY_LIMITS.maxDepth * 2 + 3;

const n = (value: number) => value.toLocaleString("en-US");

interface Pending {
  value: unknown;
  jsonDepth: number;
  nodeDepth: number;
}

/** Iterative on purpose: the input may be nested far deeper than the call stack. */
export function checkLimits(json: unknown): { ok: true } | { ok: false; reason: string } {
  const stack: Pending[] = [{ value: json, jsonDepth: 1, nodeDepth: 1 }];
  let seen = 0;
  let textChars = 0;
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value, jsonDepth, nodeDepth } = item;
    seen += 1;
    if (typeof value !== "object" || value === null) continue;
    if (nodeDepth > BODY_LIMITS.maxDepth || jsonDepth > MAX_JSON_DEPTH) {
      return { ok: false, reason: `note is nested too deeply: the limit is ${BODY_LIMITS.maxDepth} levels (about five nested lists)` };
    }
    // Checked before copying or pushing, so one enormous array cannot fill memory first.
    const width = Array.isArray(value) ? value.length : Object.keys(value).length;
    if (seen + stack.length + width > BODY_LIMITS.maxValues) {
      return { ok: false, reason: `note has too many parts: limit ${n(BODY_LIMITS.maxValues)}` };
    }
    const entries: [string, unknown][] = Array.isArray(value) ? value.map((child) => ["", child]) : Object.entries(value);
    for (const [key, child] of entries) {
      if (key === "text" && typeof child === "string") textChars += child.length;
      stack.push({ value: child, jsonDepth: jsonDepth + 1, nodeDepth: key === "content" ? nodeDepth + 1 : nodeDepth });
    }
  }
  // Safe to stringify now: depth and breadth are bounded.
  const bytes = new TextEncoder().encode(JSON.stringify(json)).length;
  if (bytes > BODY_LIMITS.maxBytes) {
    return { ok: false, reason: `note is too long: ${n(bytes)} bytes, limit ${n(BODY_LIMITS.maxBytes)}` };
  }
  if (textChars > BODY_LIMITS.maxTextChars) {
    return { ok: false, reason: `note is too long: ${n(textChars)} characters, limit ${n(BODY_LIMITS.maxTextChars)}` };
  }
  return { ok: true };
}
