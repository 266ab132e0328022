// A thin layer over pdfkit for the export: DejaVu fonts (Latin with diacritics and
// Cyrillic, from the dejavu-fonts-ttf package), A4 with print margins, and runs of
// styled text. pdfkit writes each page out as it is finished, so the document is
// drained chunk by chunk (drain()) instead of held.
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
  readonly #chunks: Uint8Array[] = [];
  #ended: Promise<void>;

  constructor(title: string) {
    this.doc = new PDFDocument({ size: "A4", margins: { top: 72, bottom: 72, left: 72, right: 72 }, info: { Title: title, Creator: "Palimpsest" }, autoFirstPage: true });
    for (const [name, file] of Object.entries(FONTS)) this.doc.registerFont(name, path.join(FONT_DIR, file));
    this.doc.font("regular").fontSize(10.5);
    this.doc.on("data", (chunk: Uint8Array) => this.#chunks.push(chunk));
    this.#ended = new Promise((resolve, reject) => {
      this.doc.on("end", resolve);
      this.doc.on("error", reject);
    });
  }

  /** What pdfkit has written since the last call. */
  drain(): Uint8Array[] {
    return this.#chunks.splice(0, this.#chunks.length);
  }

  async end(): Promise<Uint8Array[]> {
    this.doc.end();
    await this.#ended;
    return this.drain();
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
