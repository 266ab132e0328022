import { useMemo } from "react";
import type { TocEntry } from "@/lib/reader/toc";
import { OpenOnWide } from "./open-on-wide";
import { useCurrentSection } from "./use-current-section";

/** Keep in step with the two-column breakpoint in reader.css. */
const WIDE = "(min-width: 64rem)";

function hrefsOf(entries: readonly TocEntry[]): string[] {
  return entries.flatMap((e) => [e.href, ...hrefsOf(e.children)]);
}

function TocList({ entries, current }: { entries: readonly TocEntry[]; current: string | null }) {
  return (
    <ol>
      {entries.map((e) => (
        <li key={e.href}>
          <a href={e.href} aria-current={e.href === current ? "location" : undefined}>
            {e.title}
          </a>
          {e.children.length > 0 ? <TocList entries={e.children} current={current} /> : null}
        </li>
      ))}
    </ol>
  );
}

export function TocNav({ entries }: { entries: TocEntry[] }) {
  const hrefs = useMemo(() => hrefsOf(entries), [entries]);
  const current = useCurrentSection(hrefs);
  return (
    <nav className="toc" aria-label="Contents">
      <details id="toc">
        <summary>Contents</summary>
        <TocList entries={entries} current={current} />
      </details>
      <OpenOnWide id="toc" query={WIDE} />
    </nav>
  );
}
