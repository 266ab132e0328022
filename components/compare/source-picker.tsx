import Link from "next/link";
import type { LibrarySource } from "@/lib/sources/types";
import { formatPublished } from "@/lib/reader/format";

/** "Compare with...": the other sources the reader may read, each opening the pair. */
export function SourcePicker({ chosen, sources }: { chosen: LibrarySource | null; sources: LibrarySource[] }) {
  const others = sources.filter((s) => s.id !== chosen?.id);
  const href = (s: LibrarySource) =>
    chosen === null ? `/compare?left=${encodeURIComponent(s.slug)}` : `/compare?left=${encodeURIComponent(chosen.slug)}&right=${encodeURIComponent(s.slug)}`;
  return (
    <main id="main" tabIndex={-1} className="lib cmp-pick">
      <h1>{chosen === null ? "Compare two sources" : `Compare “${chosen.title}” with…`}</h1>
      <p className="cmp-muted">{chosen === null ? "Choose the source for the left pane, then the one for the right." : "Choose the source for the right pane."}</p>
      {others.length === 0 ? (
        <p>There is no other source to compare with yet. Import one from the library.</p>
      ) : (
        <ul className="cmp-pick-list">
          {others.map((s) => (
            <li key={s.id}>
              <Link href={href(s)}>{s.title}</Link>
              <span className="cmp-muted">
                {" "}
                · {s.author ?? "author unknown"} · {s.published === null ? "date unknown" : formatPublished(s.published)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
