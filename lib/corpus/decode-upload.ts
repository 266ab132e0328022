import type { ImportError, ImportFormat } from "./types";

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

const FORMAT_BY_EXTENSION: Record<string, ImportFormat> = {
  txt: "txt",
  md: "md",
  markdown: "md",
  html: "html",
  htm: "html",
};
const ACCEPTED = Object.keys(FORMAT_BY_EXTENSION).map((ext) => `.${ext}`);

// Text files carry tabs, newlines and the odd form feed; anything more than a trace of
// other control characters means the file is not text, even if it decodes.
const CONTROL_SHARE_LIMIT = 0.02;

export type DecodeResult = { ok: true; text: string; format: ImportFormat } | { ok: false; error: ImportError };

function fail(code: ImportError["code"], message: string): DecodeResult {
  return { ok: false, error: { code, message } };
}

export function formatForFileName(fileName: string): ImportFormat | undefined {
  const dot = fileName.lastIndexOf(".");
  if (dot <= 0 && !fileName.startsWith(".")) return undefined;
  return FORMAT_BY_EXTENSION[fileName.slice(dot + 1).toLowerCase()];
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

function isControl(byte: number): boolean {
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f;
}

/** Finds where a UTF-8 sequence breaks, so the message can point at the byte. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i += 1;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + need >= bytes.length) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

export function decodeUpload(bytes: Uint8Array, fileName: string): DecodeResult {
  const format = formatForFileName(fileName);
  if (format === undefined) {
    return fail(
      "unknown-extension",
      `"${fileName}" is not a supported file type. Accepted: ${ACCEPTED.join(", ")}.`,
    );
  }
  if (bytes.length === 0) return fail("empty", `"${fileName}" is empty (0 bytes).`);
  if (bytes.length > MAX_UPLOAD_BYTES) {
    return fail(
      "too-large",
      `"${fileName}" is ${formatSize(bytes.length)} (${bytes.length} bytes); the limit is 5 MB (${MAX_UPLOAD_BYTES} bytes).`,
    );
  }
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) {
      return fail("binary", `"${fileName}" looks like a binary file (a NUL byte at offset ${i}), not text.`);
    }
    if (isControl(b)) controls += 1;
  }
  if (controls / bytes.length > CONTROL_SHARE_LIMIT) {
    return fail(
      "binary",
      `"${fileName}" looks like a binary file (${controls} control bytes in ${bytes.length}), not text.`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8Offset(bytes);
    const where = at >= 0 ? ` at byte offset ${at}` : "";
    return fail("invalid-utf8", `"${fileName}" is not valid UTF-8 text (invalid byte sequence${where}). Save it as UTF-8 and try again.`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") return fail("empty", `"${fileName}" contains only whitespace.`);
  return { ok: true, text, format };
}
