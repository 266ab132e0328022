import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { pdfFormat } from "@/lib/export/formats/pdf";
import { PdfWriter } from "@/lib/export/pdf/pdf-writer";
import { EVERY_NODE_NOTE } from "./every-node-note";
import { batchesOf, bytesOf, context, ROWS } from "./fixture-rows";

let bytes: Buffer;
let text: string;

beforeAll(async () => {
  const rows = [{ ...ROWS[0]!, body: EVERY_NODE_NOTE }, ROWS[1]!];
  bytes = await bytesOf(pdfFormat.write(batchesOf(rows, 1), context()));
  const extracted = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  // Text extraction breaks lines where the layout wrapped them.
  text = extracted.text.replace(/\s+/g, " ");
}, 120_000);

describe("PDF export, text extracted", () => {
  it("is a PDF with the DejaVu fonts embedded", () => {
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(bytes.toString("latin1")).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSerif/);
  });

  it("holds the title, the layers, the quotes and the notes", () => {
    expect(text).toContain("Selected annotations");
    expect(text).toContain("PRIMARY DOCUMENT");
    expect(text).toContain("LATER ARCHIVAL FINDING");
    expect(text).toContain("“I do not recognize that I am guilty. I am not a Trotskyite.”");
    expect(text).toContain("Vyshinsky insists on the centre");
    expect(text).toContain("Smirnov: But what centre …?");
    expect(text).toContain("3. first trial, 1936");
  });

  it("keeps Cyrillic and diacritics as text", () => {
    expect(text).toContain("третий процесс");
    expect(text).toContain("Радек");
  });

  it("ends with the sources' Chicago citations as endnotes", () => {
    const notes = text.slice(text.lastIndexOf("Notes"));
    expect(notes).toContain("1. Panagiotis Vogiatzis, “Moscow Trials: The Stalinist Middle Ages,” xekinima.org");
    expect(notes).toContain("2. Again about the Stalinist Deniers");
    expect(text).toContain("Archival source: AP RF, f. 3, op. 24, d. 456, l. 107");
  });
});

describe("PDF writer", () => {
  it("keeps no word of the paragraphs in pdfkit's per-word cache, and forgets the headings' words when told to", () => {
    const pdf = new PdfWriter("words");
    const cachedWords = () => Object.values((pdf.doc as unknown as { _fontFamilies: Record<string, { layoutCache?: object }> })._fontFamilies).reduce((n, font) => n + Object.keys(font.layoutCache ?? {}).length, 0);
    pdf.heading("Heading words", 13);
    for (let i = 0; i < 200; i++) pdf.paragraph([{ text: `note ${i} on passage ${i * 37}` }, { text: " Радек", bold: true }]);
    expect(cachedWords()).toBeGreaterThan(0);
    expect(cachedWords()).toBeLessThan(5);
    pdf.forgetWords();
    expect(cachedWords()).toBe(0);
  });
});
