import { describe, expect, it } from "vitest";
import { decodeUpload, importCapture, MAX_UPLOAD_BYTES } from "@/lib/corpus";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("decodeUpload", () => {
  it("refuses an empty file and a file of whitespace", () => {
    expect(decodeUpload(new Uint8Array(), "a.txt")).toEqual({ ok: false, error: { code: "empty", message: '"a.txt" is empty (0 bytes).' } });
    const blank = decodeUpload(utf8(" \n\t\r\n  "), "a.md");
    expect(blank.ok === false && blank.error.code).toBe("empty");
    expect(blank.ok === false && blank.error.message).toContain("only whitespace");
  });

  it("refuses a file over 5 MB and says its size", () => {
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x61);
    const r = decodeUpload(big, "big.txt");
    expect(r.ok === false && r.error.code).toBe("too-large");
    expect(r.ok === false && r.error.message).toContain("5242881 bytes");
    expect(r.ok === false && r.error.message).toContain("5.0 MB");
    expect(decodeUpload(new Uint8Array(MAX_UPLOAD_BYTES).fill(0x61), "max.txt").ok).toBe(true);
  });

  it("refuses binary data: a NUL byte, or many control bytes", () => {
    const nul = decodeUpload(new Uint8Array([0x68, 0x69, 0x00, 0x21]), "x.txt");
    expect(nul).toEqual({ ok: false, error: { code: "binary", message: '"x.txt" looks like a binary file (a NUL byte at offset 2), not text.' } });
    const controls = decodeUpload(new Uint8Array([0x68, 0x01, 0x02, 0x03, 0x69, 0x6a, 0x6b]), "x.txt");
    expect(controls.ok === false && controls.error.code).toBe("binary");
  });

  it("refuses invalid UTF-8 and names the byte offset", () => {
    const bytes = new Uint8Array([...utf8("Stalin "), 0xc3, 0x28, ...utf8(" text")]);
    expect(decodeUpload(bytes, "l1.txt")).toEqual({
      ok: false,
      error: { code: "invalid-utf8", message: '"l1.txt" is not valid UTF-8 text (invalid byte sequence at byte offset 7). Save it as UTF-8 and try again.' },
    });
    const truncated = decodeUpload(new Uint8Array([...utf8("ab"), 0xe2, 0x80]), "t.txt");
    expect(truncated.ok === false && truncated.error.message).toContain("byte offset 2");
  });

  it("refuses an unknown extension and lists the accepted ones", () => {
    for (const name of ["capture.pdf", "capture", "notes.txt.exe"]) {
      const r = decodeUpload(utf8("text"), name);
      expect(r.ok === false && r.error.code).toBe("unknown-extension");
      expect(r.ok === false && r.error.message).toContain("Accepted: .txt, .md, .markdown, .html, .htm.");
    }
    expect(decodeUpload(utf8("text"), "CAPTURE.HTM")).toMatchObject({ ok: true, format: "html" });
    expect(decodeUpload(utf8("text"), "notes.markdown")).toMatchObject({ ok: true, format: "md" });
  });

  it("strips a BOM and turns CRLF and CR into LF", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Title\r\n\r\nOne\rTwo\n")]);
    expect(decodeUpload(bytes, "a.txt")).toEqual({ ok: true, text: "Title\n\nOne\nTwo\n", format: "txt" });
  });

  it("passes its refusal through importCapture unchanged", () => {
    expect(importCapture(new Uint8Array(), "a.txt")).toEqual({ ok: false, error: { code: "empty", message: '"a.txt" is empty (0 bytes).' } });
    const ok = importCapture(utf8("Title\r\n\r\nA first paragraph that is longer than the title.\r\n"), "a.txt");
    expect(ok.ok && ok.document.text).toBe("Title\n\nA first paragraph that is longer than the title.");
  });
});
