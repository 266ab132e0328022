// WordprocessingML written as text, for the Word export's document and footnotes,
// which are streamed paragraph by paragraph (formats/docx.ts) instead of built as
// one object tree. Only what the export uses: paragraphs, runs, hyperlinks and
// footnote references.

import { xmlText as escapeXml } from "@/lib/xml/text";

/** Text or an attribute value, escaped; characters XML cannot hold are dropped, as Word shows nothing for them. */
export const xmlText = (text: string): string => escapeXml(text, "");

export interface RunProps {
  bold?: boolean;
  italic?: boolean;
  /** A character style's id (styles.xml). */
  style?: string;
  /** Hex, without #. */
  color?: string;
}

/** A run of text; tabs and line breaks inside it become Word's own. */
export function run(text: string, props: RunProps = {}): string {
  const rPr =
    (props.style === undefined ? "" : `<w:rStyle w:val="${xmlText(props.style)}"/>`) +
    (props.bold === true ? "<w:b/><w:bCs/>" : "") +
    (props.italic === true ? "<w:i/><w:iCs/>" : "") +
    (props.color === undefined ? "" : `<w:color w:val="${props.color}"/>`);
  const body = text
    .split("\n")
    .map((line) => line.split("\t").map((part) => (part === "" ? "" : `<w:t xml:space="preserve">${xmlText(part)}</w:t>`)).join("<w:tab/>"))
    .join("<w:br/>");
  return `<w:r>${rPr === "" ? "" : `<w:rPr>${rPr}</w:rPr>`}${body}</w:r>`;
}

/** A line break inside a paragraph. */
export const lineBreak = (): string => "<w:r><w:br/></w:r>";

/** A link to `rId`, a relationship of the part the paragraph is in. */
export const hyperlink = (rId: string, runs: string): string => `<w:hyperlink r:id="${rId}" w:history="1">${runs}</w:hyperlink>`;

export const footnoteReference = (id: number): string => `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;

export interface ParagraphProps {
  /** A paragraph style's id: "Title", "Heading1", or one of ours. */
  style?: string;
  keepNext?: boolean;
  /** A list's numbering instance (numbering.xml) and level. */
  numbering?: { numId: number; level: number };
  /** Twentieths of a point. */
  indent?: { left: number; hanging?: number };
}

export function paragraph(runs: string, props: ParagraphProps = {}): string {
  const pPr =
    (props.style === undefined ? "" : `<w:pStyle w:val="${xmlText(props.style)}"/>`) +
    (props.keepNext === true ? "<w:keepNext/>" : "") +
    (props.numbering === undefined ? "" : `<w:numPr><w:ilvl w:val="${props.numbering.level}"/><w:numId w:val="${props.numbering.numId}"/></w:numPr>`) +
    (props.indent === undefined ? "" : `<w:ind w:left="${props.indent.left}"${props.indent.hanging === undefined ? "" : ` w:hanging="${props.indent.hanging}"`}/>`);
  return `<w:p>${pPr === "" ? "" : `<w:pPr>${pPr}</w:pPr>`}${runs}</w:p>`;
}

const HYPERLINK_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

/**
 * The external links of one part (the document, the footnotes), numbered as they
 * are met and handed out as the part's relationships, a batch at a time.
 */
export class PartLinks {
  #next = 1;
  #pending: string[] = [];

  constructor(private readonly prefix: string) {}

  /** The relationship id of a new link to `url`. */
  add(url: string): string {
    const id = `${this.prefix}${this.#next++}`;
    this.#pending.push(`<Relationship Id="${id}" Type="${HYPERLINK_TYPE}" Target="${xmlText(url)}" TargetMode="External"/>`);
    return id;
  }

  /** The relationships added since the last call. */
  take(): string {
    const out = this.#pending.join("");
    this.#pending = [];
    return out;
  }
}
