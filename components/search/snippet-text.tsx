import type { ReactNode } from "react";
import type { SnippetDto } from "@/lib/search/dto";

/** A snippet with its matched words in <mark>, built from ranges: no HTML from the server. */
export function SnippetText({ snippet }: { snippet: SnippetDto }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, end } of snippet.highlights) {
    if (start < at || end > snippet.text.length) continue;
    if (start > at) parts.push(snippet.text.slice(at, start));
    parts.push(<mark key={start}>{snippet.text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(snippet.text.slice(at));
  return <>{parts}</>;
}
