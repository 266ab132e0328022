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

  it("lets go of the pages it has written, and they still hold their text and links", async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ ...ROWS[i % 2]!, id: `ann-${i}`, passageUrl: `https://palimpsest.example/p?annotation=ann-${i}` }));
    const pdf = await getDocumentProxy(new Uint8Array(await bytesOf(pdfFormat.write(batchesOf(many, 5), context(many.length)))));
    expect(pdf.numPages).toBeGreaterThan(3);
    const urls: string[] = [];
    for (let p = 1; p <= pdf.numPages; p++) for (const a of (await (await pdf.getPage(p)).getAnnotations()) as { url?: string }[]) if (a.url !== undefined) urls.push(a.url);
    for (let i = 0; i < 40; i++) expect(urls).toContain(`https://palimpsest.example/p?annotation=ann-${i}`);
    const writer = new PdfWriter("pages");
    for (let i = 0; i < 300; i++) writer.paragraph([{ text: `line ${i}`, link: "https://example.org/" }]);
    writer.drain();
    writer.releaseWrittenPages();
    const kids = (writer.doc as unknown as { _root: { data: { Pages: { data: { Kids: { data: Record<string, unknown> }[] } } } } })._root.data.Pages.data.Kids;
    expect(kids.length).toBeGreaterThan(2);
    expect(kids.slice(0, -1).every((k) => Object.keys(k.data).length === 0)).toBe(true);
    expect(kids.at(-1)?.data.Annots).toBeDefined();
  });
});
