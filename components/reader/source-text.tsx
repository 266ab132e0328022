"use client";

import { useMemo } from "react";
import { decodeLayout, type TextLayout } from "@/lib/reader/text-layout";
import { textElements } from "./text-elements";

// A client component on purpose: App Router sends a server component's output twice,
// as HTML and again as an element tree in the RSC payload, which for the text costs
// more than the text itself. A client component's props travel instead: the text
// once, as one string, and its layout as a few short arrays.

interface Props {
  text: string;
  layout: TextLayout;
  lang?: string;
}

export function SourceText({ text, layout, lang }: Props) {
  return useMemo(() => textElements(text, decodeLayout(layout), lang), [text, layout, lang]);
}
