// XML 1.0 text and attribute values, shared by the TEI and Word writers. XML cannot hold
// C0 controls other than tab, newline and CR, U+FFFE, U+FFFF or lone surrogates, and a
// note pasted from elsewhere may carry them.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** `value` escaped, with each character XML cannot hold replaced by `invalid` (U+FFFD unless told). */
export function xmlText(value: string, invalid = "\uFFFD"): string {
  return value.replace(INVALID, invalid).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
