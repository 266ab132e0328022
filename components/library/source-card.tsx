import Link from "next/link";
import type { SourceSummary } from "@/lib/sources/types";
import { formatLength, formatPublished, hostOf } from "@/lib/reader/format";

export function SourceCard({ source }: { source: SourceSummary }) {
  const { slug, title, author, site, url, published, kind, perspective, length } = source;
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
        {kind === null ? null : <span>{kind}</span>}
        <span>{formatLength(length)}</span>
      </p>
    </li>
  );
}
