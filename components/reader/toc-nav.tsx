import type { TocEntry } from "@/lib/reader/toc";
import { OpenOnWide } from "./open-on-wide";

/** Keep in step with the two-column breakpoint in reader.css. */
const WIDE = "(min-width: 64rem)";

function TocList({ entries }: { entries: readonly TocEntry[] }) {
  return (
    <ol>
      {entries.map((e) => (
        <li key={e.href}>
          <a href={e.href}>{e.title}</a>
          {e.children.length > 0 ? <TocList entries={e.children} /> : null}
        </li>
      ))}
    </ol>
  );
}

export function TocNav({ entries }: { entries: TocEntry[] }) {
  return (
    <nav className="toc" aria-label="Contents">
      <details id="toc">
        <summary>Contents</summary>
        <TocList entries={entries} />
      </details>
      <OpenOnWide id="toc" query={WIDE} />
    </nav>
  );
}
