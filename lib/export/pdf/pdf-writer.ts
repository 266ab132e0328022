// A thin layer over pdfkit for the export: DejaVu fonts (Latin with diacritics and
// Cyrillic, from the dejavu-fonts-ttf package), A4 with print margins, and runs of
// styled text. pdfkit writes each page out as it is finished, so the document is
// drained after each batch (drain()) instead of held. It is read in paused mode:
// a 'data' listener only hears of chunks on a later tick, and a batch that needs
// no I/O gives it none, so every chunk piled up in the stream (seen in a heap
// snapshot: 56,000 Buffers for 4,000 rows).
import path from "node:path";
import PDFDocument from "pdfkit";
import { FontGlyphs } from "./glyphs";

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

  #released = 0;

  /**
   * Lets go of the pages already written out. pdfkit keeps every page's dictionary,
   * and through it the page's link annotations, resources and their objects, until
   * the end, only to list the pages by reference (which needs their ids alone):
   * 1.6 KB a row. A written page's dictionary is emptied; its id stays.
   */
  releaseWrittenPages(): void {
    const kids = (this.doc as unknown as { _root: { data: { Pages: { data: { Kids: { offset?: number; data: object }[] } } } } })._root.data.Pages.data.Kids;
    for (; this.#released < kids.length && kids[this.#released]!.offset !== undefined; this.#released++) kids[this.#released]!.data = {};
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

  /**
   * One paragraph of runs, `indent` points from the left margin, laid out here
   * rather than by pdfkit's text() (see glyphs.ts): lines break at spaces and at
   * line breaks, a word wider than the line at any character, and each line is
   * written as one text object per run on it.
   */
  paragraph(runs: Run[], { indent = 0, size = 10.5, gap = 4 }: { indent?: number; size?: number; gap?: number } = {}): void {
    const tokens = this.#tokens(runs, size);
    if (tokens.length === 0) return;
    const doc = this.doc;
    const left = doc.page.margins.left + indent;
    const width = this.width - indent;
    const lineHeight = this.#glyphs(runs.find((r) => r.text !== "") ?? {}).lineHeight(size);
    let line: Piece[] = [];
    let x = 0;
    let y = doc.y;
    let space: Piece | null = null;
    const flush = () => {
      if (y + lineHeight > doc.page.maxY()) {
        doc.addPage();
        y = doc.page.margins.top;
      }
      this.#writeLine(line, left, y, size);
      y += lineHeight;
      line = [];
      x = 0;
      space = null;
    };
    const push = (piece: Piece) => {
      line.push({ ...piece, x });
      x += piece.width;
    };
    for (const token of tokens) {
      if (token === "break") flush();
      else if ("parts" in token) {
        if (line.length > 0 && x + (space?.width ?? 0) + token.width > width) flush();
        if (space !== null && line.length > 0) push(space);
        space = null;
        for (const part of token.parts) {
          if (x + part.width <= width || part.text.length === 1) {
            push(part);
            continue;
          }
          // Longer than what is left of an empty line: character by character.
          for (const char of part.text) {
            const w = part.glyphs.width(char, size);
            if (x + w > width && line.length > 0) flush();
            push({ ...part, text: char, width: w });
          }
        }
      } else space ??= token;
    }
    if (line.length > 0) flush();
    doc.x = doc.page.margins.left;
    doc.y = y + gap;
    doc.font("regular").fontSize(10.5);
    doc.addContent("0 0 0 rg");
  }

  /** Words (the runs' pieces between spaces), spaces and hard line breaks. */
  #tokens(runs: Run[], size: number): Token[] {
    const tokens: Token[] = [];
    let word: Piece[] = [];
    const endWord = () => {
      if (word.length > 0) tokens.push({ parts: word, width: word.reduce((w, p) => w + p.width, 0) });
      word = [];
    };
    for (const run of runs) {
      if (run.text === "") continue;
      const glyphs = this.#glyphs(run);
      // NFC: a letter and its combining accent become the one precomposed glyph.
      for (const chunk of run.text.normalize("NFC").split(/(\n|[ \t]+)/)) {
        if (chunk === "") continue;
        if (chunk === "\n") {
          endWord();
          tokens.push("break");
        } else if (/^[ \t]/.test(chunk)) {
          endWord();
          tokens.push({ text: " ", run, glyphs, x: 0, width: glyphs.width(" ", size) });
        } else word.push({ text: chunk, run, glyphs, x: 0, width: glyphs.width(chunk, size) });
      }
    }
    endWord();
    return tokens;
  }

  readonly #fontGlyphs = new Map<string, FontGlyphs>();

  #glyphs(run: Pick<Run, "bold" | "italic">): FontGlyphs {
    const name = run.bold === true ? (run.italic === true ? "boldItalic" : "bold") : run.italic === true ? "italic" : "regular";
    let glyphs = this.#fontGlyphs.get(name);
    if (glyphs === undefined) {
      this.doc.font(name);
      glyphs = FontGlyphs.of(this.doc);
      this.#fontGlyphs.set(name, glyphs);
    }
    return glyphs;
  }

  /** One line: a text object per run of pieces in the same style, links and their underlines. */
  #writeLine(pieces: Piece[], left: number, top: number, size: number): void {
    const doc = this.doc;
    const page = doc.page as unknown as { fonts: Record<string, unknown> };
    // The whole line goes to the page's content as one string: pdfkit turns each
    // addContent() into bytes of its own. Colours are written as operators here,
    // once per change within the line (a heading in between may have set another).
    let ops = "";
    let fill: string | null = null;
    for (let i = 0; i < pieces.length; ) {
      const first = pieces[i]!;
      let text = "";
      let width = 0;
      let j = i;
      for (; j < pieces.length && pieces[j]!.run === first.run; j++) {
        text += pieces[j]!.text;
        width += pieces[j]!.width;
      }
      i = j;
      const { run, glyphs } = first;
      const font = glyphs.font;
      page.fonts[font.id] ??= font.ref();
      const x = left + first.x;
      const color = run.color ?? (run.link === undefined ? "#000000" : LINK_COLOUR);
      if (color !== fill) ops += `${rgb(color)} rg `;
      fill = color;
      // The page's matrix is pdfkit's, flipped so y grows downwards; the text matrix flips glyphs back upright.
      ops += `BT /${font.id} ${num(size)} Tf 1 0 0 -1 ${num(x)} ${num(top + glyphs.ascent(size))} Tm <${glyphs.hex(text)}> Tj ET `;
      if (run.link !== undefined) {
        doc.link(x, top, width, glyphs.lineHeight(size), run.link);
        const underline = num(top + glyphs.lineHeight(size) - 0.5);
        ops += `q ${rgb(color)} RG 0.5 w ${num(x)} ${underline} m ${num(x + width)} ${underline} l S Q `;
      }
    }
    if (ops !== "") doc.addContent(ops);
  }
}

const RGB = new Map<string, string>();
/** "#1a4e8a" as the three components of a PDF colour operator. */
function rgb(hex: string): string {
  let out = RGB.get(hex);
  if (out === undefined) {
    const n = Number.parseInt(hex.slice(1), 16);
    out = [n >> 16, (n >> 8) & 255, n & 255].map((c) => num(c / 255)).join(" ");
    RGB.set(hex, out);
  }
  return out;
}

const LINK_COLOUR = "#1a4e8a";
const num = (n: number): string => (Math.round(n * 100) / 100).toString();

type Token = Piece | { parts: Piece[]; width: number } | "break";

interface Piece {
  text: string;
  run: Run;
  glyphs: FontGlyphs;
  /** From the line's start, in points. */
  x: number;
  width: number;
}
