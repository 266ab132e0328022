"use client";

import { storedReaderText } from "@/lib/reader/text-html-store";

// The reader's text, sent once: as HTML in the page, and not again in the RSC payload
// (which would double the page). The server component made the HTML for this version
// (lib/reader/reader-text.ts, from our own canonical text through our own escaping
// renderer, lib/reader/text-html.ts) and kept it in the process's store; rendered on
// the server, this reads it from there. In the browser there is nothing to read, and
// nothing is needed: hydration leaves an element's dangerouslySetInnerHTML as the
// server wrote it, and later renders with the same (empty) value never touch it. So
// the text's thousand blocks are never hydrated either. The text's own behaviour
// (citations, highlights, selection) reads the DOM, not React's tree. Reached by a
// client-side navigation, the element starts empty and ./use-reader-text.ts fills it.

export function StaticText({ versionId, lang }: { versionId: string; lang?: string }) {
  const html = typeof window === "undefined" ? (storedReaderText(versionId)?.html ?? "") : "";
  return <div id="tx" className="tx" lang={lang} data-version={versionId} dangerouslySetInnerHTML={{ __html: html }} suppressHydrationWarning />;
}
