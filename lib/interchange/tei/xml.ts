/** An xml:id from any id: NCNames may not start with a digit or hold most punctuation. */
export function xmlId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9._-]/g, "_")}`;
}
