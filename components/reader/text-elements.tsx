import { createElement, type ReactNode } from "react";
import type { CiteMark } from "@/lib/reader/render-plan";
import type { DecodedLayout } from "@/lib/reader/text-layout";
import { buildText, type Attrs, type Build } from "@/lib/reader/text-markup";

// The canonical text as React elements (lib/reader/text-markup.ts builds the tree).
// Elements are made by plain calls, not nested components: hydrating a thousand
// blocks as components costs a fiber and a function call each for nothing; children
// passed as arguments need no keys.

const REACT_NAMES: Record<string, string> = { class: "className", tabindex: "tabIndex" };

function props(attrs: Attrs | null): Record<string, string | number> | null {
  if (attrs === null) return null;
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) out[REACT_NAMES[name] ?? name] = value;
  return out;
}

const reactBuild: Build<ReactNode> = (tag, attrs, children) => createElement(tag, props(attrs), ...children);

/**
 * `idPrefix` sets a second text on the page apart (a compare pane): "L-" gives ids L-tx, L-b-0, ....
 * `cites` are the text's citations, rendered as focusable spans (citation-popover.tsx).
 */
export function textElements(text: string, layout: DecodedLayout, lang?: string, idPrefix = "", cites: readonly CiteMark[] = []): ReactNode {
  return createElement("div", { id: `${idPrefix}tx`, className: "tx", lang }, ...buildText(reactBuild, text, layout, idPrefix, cites));
}
