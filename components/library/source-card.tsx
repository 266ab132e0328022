import Link from "next/link";
import type { LibrarySource } from "@/lib/sources/types";
import { formatLength, formatPublished, hostOf } from "@/lib/reader/format";

export function SourceCard({ source }: { source: LibrarySource }) {
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
      </p>
    </li>
  );
}
