import { decodeUpload } from "./decode-upload";
import { parseCapture } from "./parse-capture";
import type { ParseResult } from "./types";

export { decodeUpload, formatForFileName, MAX_UPLOAD_BYTES, type DecodeResult } from "./decode-upload";
export { parseCapture } from "./parse-capture";
export type * from "./types";

/** Decodes an uploaded file and parses it; refuses files that are not usable text. */
export function importCapture(bytes: Uint8Array, fileName: string): ParseResult {
  const decoded = decodeUpload(bytes, fileName);
  if (!decoded.ok) return decoded;
  return { ok: true, document: parseCapture(decoded.text, decoded.format) };
}
