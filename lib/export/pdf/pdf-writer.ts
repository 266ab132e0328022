// A thin layer over pdfkit for the export: DejaVu fonts (Latin with diacritics and
// Cyrillic, from the dejavu-fonts-ttf package), A4 with print margins, and runs of
// styled text. pdfkit writes each page out as it is finished, so the document is
// drained after each batch (drain()) instead of held. It is read in paused mode:
// a 'data' listener only hears of chunks on a later tick, and a batch that needs
// no I/O gives it none, so every chunk piled up in the stream (seen in a heap
// snapshot: 56,000 Buffers for 4,000 rows).
import path from "node:path";
import PDFDocument from "pdfkit";

// Read from the project folder, as the app, the CLI and the tests all run there.
const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const FONTS = { regular: "DejaVuSerif.ttf", bold: "DejaVuSerif-Bold.ttf", italic: "DejaVuSerif-Italic.ttf", boldItalic: "DejaVuSerif-BoldItalic.ttf" } as const;

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  link?: string;
  color?: string;
}

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;

  constructor(title: string) {
    this.doc = new PDFDocument({ size: "A4", margins: { top: 72, bottom: 72, left: 72, right: 72 }, info: { Title: title, Creator: "Palimpsest" }, autoFirstPage: true });
    for (const [name, file] of Object.entries(FONTS)) this.doc.registerFont(name, path.join(FONT_DIR, file));
    this.doc.font("regular").fontSize(10.5);
  }

  /**
   * Forgets each font's layout of the words met so far. pdfkit keeps every distinct
   * word it has laid out, for the document's life: numbers, names and notes made
   * that cache grow with the export. Cleared per batch, it holds one batch's words.
   */
  forgetWords(): void {
    const fonts = (this.doc as unknown as { _fontFamilies: Record<string, { layoutCache?: Record<string, unknown> }> })._fontFamilies;
    for (const font of Object.values(fonts)) if (font.layoutCache !== undefined) font.layoutCache = Object.create(null) as Record<string, unknown>;
  }

  /** What pdfkit has written since the last call. */
  drain(): Uint8Array[] {
    const out: Uint8Array[] = [];
    for (let chunk: unknown = this.doc.read(); chunk !== null; chunk = this.doc.read()) if (chunk instanceof Uint8Array) out.push(chunk);
    return out;
  }

  /** Ends the document and returns what is left of it. */
  async end(): Promise<Uint8Array[]> {
    this.doc.end();
    const out = this.drain();
    // The stream says it ended a tick after its last chunk was read.
    while (!this.doc.readableEnded) {
      await new Promise((resolve) => setImmediate(resolve));
      out.push(...this.drain());
    }
    return out;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  heading(text: string, size: number): void {
    this.doc.moveDown(0.6).font("bold").fontSize(size).fillColor("black").text(text, this.doc.page.margins.left, undefined, { width: this.width }).fontSize(10.5).moveDown(0.3);
  }

  /** One paragraph of runs, `indent` points from the left margin. */
  paragraph(runs: Run[], { indent = 0, size = 10.5, gap = 4 }: { indent?: number; size?: number; gap?: number } = {}): void {
    const visible = runs.filter((r) => r.text !== "");
    if (visible.length === 0) return;
    const x = this.doc.page.margins.left + indent;
    visible.forEach((run, i) => {
      const font = run.bold === true ? (run.italic === true ? "boldItalic" : "bold") : run.italic === true ? "italic" : "regular";
      this.doc.font(font).fontSize(size).fillColor(run.color ?? (run.link === undefined ? "black" : "#1a4e8a"));
      const options = { width: this.width - indent, continued: i < visible.length - 1, link: run.link ?? null, underline: run.link !== undefined, paragraphGap: gap };
      if (i === 0) this.doc.text(run.text, x, undefined, options);
      else this.doc.text(run.text, options);
    });
    this.doc.fillColor("black");
  }
}
