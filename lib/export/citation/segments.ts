import { Parser } from "htmlparser2";

/** A run of citation text with the emphasis citeproc-js gave it. */
export interface Segment {
  text: string;
  italic: boolean;
  bold: boolean;
}

/**
 * citeproc-js's "html" output as runs, so Markdown, Word and PDF each render the
 * italics of titles their own way. Only <i>, <b> and their CSS variants carry
 * meaning here; other tags (div, span, a) keep their text. Entities are decoded.
 */
export function htmlSegments(html: string): Segment[] {
  const out: Segment[] = [];
  const stack: { italic: boolean; bold: boolean }[] = [];
  const state = () => ({ italic: stack.some((s) => s.italic), bold: stack.some((s) => s.bold) });
  const parser = new Parser({
    onopentag(name, attrs) {
      const style = attrs.style ?? "";
      stack.push({ italic: name === "i" || name === "em" || /font-style:\s*italic/.test(style), bold: name === "b" || name === "strong" || /font-weight:\s*bold/.test(style) });
    },
    onclosetag() {
      stack.pop();
    },
    ontext(text) {
      const last = out.at(-1);
      const now = state();
      if (last !== undefined && last.italic === now.italic && last.bold === now.bold) last.text += text;
      else out.push({ text, ...now });
    },
  });
  parser.write(html);
  parser.end();
  const trimmed = out.filter((s) => s.text !== "");
  const first = trimmed[0];
  const last = trimmed.at(-1);
  if (first !== undefined) first.text = first.text.trimStart();
  if (last !== undefined) last.text = last.text.trimEnd();
  return trimmed;
}

export const segmentsText = (segments: Segment[]): string => segments.map((s) => s.text).join("");
