import type { CiteMark } from "./render-plan";
import type { DecodedLayout } from "./text-layout";
import { buildText, type Build } from "./text-markup";

// The canonical text as an HTML string, for the reader to send once per immutable
// version without a second copy in the RSC payload (components/reader/static-text.tsx).
// It is only ever made here, by lib/reader/text-markup.ts from our own canonical text
// and layout: every text and attribute value is escaped, tag and attribute names are
// the builder's constants, and link addresses pass safeHref (http(s) and mailto only).

interface Html {
  html: string;
}

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;");

const htmlBuild: Build<Html> = (tag, attrs, children) => {
  let open = `<${tag}`;
  if (attrs !== null) for (const [name, value] of Object.entries(attrs)) if (value !== undefined) open += ` ${name}="${escapeAttr(String(value))}"`;
  let inner = "";
  for (const child of children) inner += typeof child === "string" ? escapeText(child) : child.html;
  return { html: `${open}>${inner}</${tag}>` };
};

/** The inner HTML of a text's root element (#<idPrefix>tx). */
export function textHtml(text: string, layout: DecodedLayout, idPrefix = "", cites: readonly CiteMark[] = []): string {
  return buildText(htmlBuild, text, layout, idPrefix, cites)
    .map((node) => (typeof node === "string" ? escapeText(node) : node.html))
    .join("");
}
