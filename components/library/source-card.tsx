import Link from "next/link";
import type { LibrarySource } from "@/lib/sources/types";
import { formatLength, formatPublished, hostOf } from "@/lib/reader/format";

export function SourceCard({ source }: { source: LibrarySource }) {
  const { slug, title, author, site, url, published, kind, perspective, length, groupName } = source;
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
        <Link href={`/compare?left=${encodeURIComponent(slug)}`} aria-label={`Compare “${title}” with another source`}>
          Compare with…
        </Link>
      </p>
    </li>
  );
}
