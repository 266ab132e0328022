import { MAX_UPLOAD_BYTES } from "@/lib/corpus/decode-upload";

const KB = 1024;

/**
 * The most each route reads of a request body, in bytes; beyond it the answer is
 * 413 and the rest is never read. Each limit leaves room over what its schema can
 * accept, so a valid request is never cut short.
 */
export const BODY_LIMITS = {
  /** A note (BODY_LIMITS.maxBytes, 64 KB) plus a quote of up to 20,000 characters, tags and a citation. */
  annotation: 256 * KB,
  /** A reply is a note: 64 KB of JSON and its envelope. */
  reply: 96 * KB,
  /** A target id, a kind and a 2,000-character note. */
  link: 16 * KB,
  /** "Place again": offsets, a version id and a quote of up to 20,000 characters (80 KB as UTF-8 at worst). */
  place: 96 * KB,
  /** Two new annotations (each as `annotation`) and the link between them. */
  linkPassages: 2 * 256 * KB + 16 * KB,
  /** A source's metadata: eight fields of at most 2,000 characters. */
  sourceMetadata: 32 * KB,
  /** next-auth's sign-in and sign-out forms: email, password, CSRF token, callback URL. */
  auth: 16 * KB,
  /** An annotation file to import (lib/interchange/import/schemas.ts, 8 M characters) in its JSON envelope. */
  annotationImport: 9 * 1024 * KB,
  /** A source file (MAX_UPLOAD_BYTES) with its metadata fields and multipart framing. */
  import: MAX_UPLOAD_BYTES + 256 * KB,
} as const;
