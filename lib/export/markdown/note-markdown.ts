// A note's tiptap JSON as CommonMark, for every node and mark the editor allows
// (lib/annotations/body/extensions.ts): paragraph, blockquote, bullet and ordered
// lists, hard break, text; bold, italic, link. The note was validated on the way in,
// so an unknown type is a server bug and throws rather than being dropped silently.
import type { BodyDoc, BodyMark, BodyNode } from "@/lib/annotations/body";

/** Characters CommonMark could read as syntax inside a paragraph. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, "\\$&");
}

/** Line starts that would open a heading, quote, list or rule. */
export function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([#>+-]|\d+[.)])(?=\s|$)/, (_m, space: string, mark: string) => `${space}${mark.replace(/([#>+\-.)])$/, "\\$1")}`);
}

const DELIMITERS: Record<"bold" | "italic", string> = { bold: "**", italic: "*" };

function linkTarget(mark: BodyMark): string {
  const href = String(mark.attrs?.href ?? "");
  const title = mark.attrs?.title;
  const target = `<${href.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;
  return typeof title === "string" && title !== "" ? `${target} "${title.replace(/["\\]/g, "\\$&")}"` : target;
}

/** One text node with its marks; spaces stay outside the delimiters, where CommonMark needs them. */
function textMarkdown(node: BodyNode): string {
  const raw = node.text ?? "";
  const lead = /^\s*/.exec(raw)?.[0] ?? "";
  const trail = raw.length > lead.length ? (/\s*$/.exec(raw)?.[0] ?? "") : "";
  let inner = escapeMarkdown(raw.slice(lead.length, raw.length - trail.length));
  if (inner === "") return raw;
  for (const mark of node.marks ?? []) {
    if (mark.type === "bold" || mark.type === "italic") inner = `${DELIMITERS[mark.type]}${inner}${DELIMITERS[mark.type]}`;
    else if (mark.type === "link") inner = `[${inner}](${linkTarget(mark)})`;
    else throw new Error(`note-markdown: unknown mark ${mark.type}`);
  }
  return `${lead}${inner}${trail}`;
}

function inlineMarkdown(nodes: BodyNode[] = []): string {
  return nodes
    .map((n) => {
      if (n.type === "text") return textMarkdown(n);
      if (n.type === "hardBreak") return "\\\n";
      throw new Error(`note-markdown: unknown inline node ${n.type}`);
    })
    .join("");
}

const indent = (lines: string[], first: string, rest: string): string[] => lines.map((l, i) => (l === "" ? "" : `${i === 0 ? first : rest}${l}`));

/** A block as lines (no trailing blank line). */
function blockLines(node: BodyNode): string[] {
  switch (node.type) {
    case "paragraph":
      return inlineMarkdown(node.content).split("\n").map(escapeLineStart);
    case "blockquote":
      return blocksLines(node.content).map((l) => (l === "" ? ">" : `> ${l}`));
    case "bulletList":
      return listLines(node, () => "- ");
    case "orderedList": {
      const start = typeof node.attrs?.start === "number" ? node.attrs.start : 1;
      return listLines(node, (i) => `${start + i}. `);
    }
    default:
      throw new Error(`note-markdown: unknown block ${node.type}`);
  }
}

function listLines(list: BodyNode, marker: (i: number) => string): string[] {
  return (list.content ?? []).flatMap((item, i) => {
    if (item.type !== "listItem") throw new Error(`note-markdown: ${item.type} in a list`);
    const m = marker(i);
    return indent(blocksLines(item.content), m, " ".repeat(m.length));
  });
}

function blocksLines(nodes: BodyNode[] = []): string[] {
  return nodes.flatMap((n, i) => (i === 0 ? blockLines(n) : ["", ...blockLines(n)]));
}

export function noteMarkdown(doc: BodyDoc): string {
  return blocksLines(doc.content).join("\n");
}
