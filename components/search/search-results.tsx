import Link from "next/link";
import { LAYER_LABELS } from "@/lib/annotations/dto";
import type { SearchResultDto } from "@/lib/search/dto";
import { resultHref, searchHref } from "@/lib/search/links";
import { ResultKeys } from "./result-keys";
import { SnippetText } from "./snippet-text";

function Result({ result, params }: { result: SearchResultDto; params: Record<string, string | undefined> }) {
  const what = result.kind === "source" ? "In the text" : result.replyId !== undefined ? "In a reply" : "In a note";
  return (
    <li className="res">
      <p className="res-where">
        <span className={`res-kind${result.layer === undefined ? "" : ` l-${result.layer}`}`}>{what}</span>
        {result.layer === undefined ? null : <span>{LAYER_LABELS[result.layer]}</span>}
        {result.authorId === undefined ? null : (
          <Link href={searchHref(params, { author: result.authorId, kind: "annotation" })} title="Only notes and replies by this author">
            {result.authorName ?? "Unnamed reader"}
          </Link>
        )}
      </p>
      <Link className="res-open" href={resultHref(result)}>
        <span className="res-title">{result.sourceTitle}</span>
        <span className="res-snippet">
          <SnippetText snippet={result.snippet} />
        </span>
      </Link>
    </li>
  );
}

/** One page of results, best first; arrow keys move between them. */
export function SearchResults({ results, params }: { results: SearchResultDto[]; params: Record<string, string | undefined> }) {
  return (
    <ResultKeys>
      <ol className="results">
        {results.map((r) => (
          <Result key={`${r.kind}:${r.replyId ?? r.annotationId ?? ""}:${r.sourceSlug}:${r.start}`} result={r} params={params} />
        ))}
      </ol>
    </ResultKeys>
  );
}
