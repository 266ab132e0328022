import Link from "next/link";
import type { LibrarySource } from "@/lib/sources/types";
import { formatLength, formatPublished, hostOf } from "@/lib/reader/format";
import { searchHref } from "@/lib/search/links";

/** `textMatches`: how many passages of the text hold the library filter's words. */
export function SourceCard({ source, textMatches }: { source: LibrarySource; textMatches?: { query: string; count: number } }) {
  const { slug, title, author, site, url, published, kind, perspective, length, groupName, annotations } = source;
  const siteName = site ?? (url === null ? null : hostOf(url));
  return (
    <li className="card">
      <h2>
        <Link href={`/sources/${encodeURIComponent(slug)}`}>{title}</Link>
      </h2>
      <p className="by">
        {author ?? <span className="unk">author unknown</span>}
        {" · "}
        {siteName ?? <span className="unk">site unknown</span>}
        {" · "}
        {published === null ? <span className="unk">date unknown</span> : formatPublished(published)}
      </p>
      {perspective === null ? null : <p className="persp">{perspective}</p>}
      <p className="facts">
        {groupName === null ? null : <span className="group">Group: {groupName}</span>}
        {kind === null ? null : <span>{kind}</span>}
        <span>{formatLength(length)}</span>
        <span className="notes">{annotations === 0 ? "no annotations yet" : `${annotations.toLocaleString("en-US")} ${annotations === 1 ? "annotation" : "annotations"}`}</span>
        <Link href={`/compare?left=${encodeURIComponent(slug)}`} className="compare-with">
          Compare with…
        </Link>
      </p>
      {textMatches === undefined || textMatches.count === 0 ? null : (
        <p className="matches">
          <Link href={searchHref({ q: textMatches.query, source: slug, kind: "source" }, {})}>
            {textMatches.count === 1 ? "1 passage" : `${textMatches.count} passages`} with “{textMatches.query}”
          </Link>
        </p>
      )}
    </li>
  );
}
