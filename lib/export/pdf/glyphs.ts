// What the export's own line layout (pdf-writer.ts) needs of a pdfkit font: each
// character's glyph in the embedded subset and its advance. pdfkit's text() shapes
// every word with fontkit, breaks lines with the Unicode line-breaking algorithm and
// measures each word again to wrap, then again to write it: the PDF export spent
// three quarters of its time there. Latin with diacritics and Cyrillic need no
// shaping, so a character maps to one glyph, looked up once per font.

/** The parts of pdfkit's EmbeddedFont (js/pdfkit.js, 0.20) this relies on; pdfkit is pinned. */
interface EmbeddedFont {
  id: string;
  scale: number;
  ascender: number;
  descender: number;
  lineGap: number;
  font: { glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number; codePoints: number[] } };
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  ref(): unknown;
}

export interface Glyph {
  /** The glyph's id in the subset, as four hex digits (the font is written as Identity-H). */
  hex: string;
  /** Advance at size 1000. */
  width: number;
}

const known = new WeakMap<EmbeddedFont, FontGlyphs>();

export class FontGlyphs {
  readonly #glyphs = new Map<string, Glyph>();

  constructor(readonly font: EmbeddedFont) {}

  /** The document's current font (set with doc.font()). */
  static of(doc: PDFKit.PDFDocument): FontGlyphs {
    const font = (doc as unknown as { _font: EmbeddedFont })._font;
    let glyphs = known.get(font);
    if (glyphs === undefined) {
      glyphs = new FontGlyphs(font);
      known.set(font, glyphs);
    }
    return glyphs;
  }

  /** One character (a code point, as a string). */
  glyph(char: string): Glyph {
    let glyph = this.#glyphs.get(char);
    if (glyph === undefined) {
      const codePoint = char.codePointAt(0) ?? 0;
      const found = this.font.font.glyphForCodePoint(codePoint);
      const gid = this.font.subset.includeGlyph(found.id);
      const width = found.advanceWidth * this.font.scale;
      // As pdfkit's own encode() does: the widths array and the ToUnicode map, which
      // is what makes the text copyable and searchable.
      this.font.widths[gid] ??= width;
      this.font.unicode[gid] ??= found.codePoints.length > 0 ? found.codePoints : [codePoint];
      glyph = { hex: gid.toString(16).padStart(4, "0"), width };
      this.#glyphs.set(char, glyph);
    }
    return glyph;
  }

  /** Width of `text` at `size` points. */
  width(text: string, size: number): number {
    let w = 0;
    for (const char of text) w += this.glyph(char).width;
    return (w * size) / 1000;
  }

  /** The hex string of `text`'s glyphs, for a Tj operator. */
  hex(text: string): string {
    let out = "";
    for (const char of text) out += this.glyph(char).hex;
    return out;
  }

  lineHeight(size: number): number {
    return ((this.font.ascender + this.font.lineGap - this.font.descender) / 1000) * size;
  }

  ascent(size: number): number {
    return (this.font.ascender / 1000) * size;
  }
}
