import type { Node as PMNode } from "@tiptap/pm/model";

/**
 * Plain text for search and export, shaped like the note reads: blank lines
 * between blocks, "- " and "1. " for list items, "> " for quotes. Recursion
 * is bounded by the depth limit checked before the doc was built.
 */
export function plainText(doc: PMNode): string {
  return childBlocks(doc).join("\n\n");
}

function childBlocks(node: PMNode): string[] {
  const blocks: string[] = [];
  node.forEach((child) => blocks.push(blockText(child)));
  return blocks;
}

function blockText(node: PMNode): string {
  switch (node.type.name) {
    case "paragraph":
      return inlineText(node);
    case "blockquote":
      return childBlocks(node).join("\n\n").replace(/^/gm, "> ");
    case "bulletList":
      return childBlocks(node).map((item) => hang("- ", item)).join("\n");
    case "orderedList": {
      const start = typeof node.attrs.start === "number" ? node.attrs.start : 1;
      return childBlocks(node).map((item, i) => hang(`${start + i}. `, item)).join("\n");
    }
    case "listItem":
      return childBlocks(node).join("\n");
    default:
      return node.textContent;
  }
}

function inlineText(node: PMNode): string {
  let text = "";
  node.forEach((child) => {
    if (child.isText) text += child.text ?? "";
    else if (child.type.name === "hardBreak") text += "\n";
  });
  return text;
}

/** Continuation lines line up under the item's first character. */
function hang(marker: string, text: string): string {
  return marker + text.replace(/\n/g, `\n${" ".repeat(marker.length)}`);
}
