// XML 1.0 text and attribute values: escaped, and with the characters XML cannot hold
// (C0 controls other than tab, newline and CR; lone surrogates) replaced by U+FFFD.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function xmlText(value: string): string {
  return value.replace(INVALID, "\uFFFD").replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** An xml:id from any id: NCNames may not start with a digit or hold most punctuation. */
export function xmlId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9._-]/g, "_")}`;
}
