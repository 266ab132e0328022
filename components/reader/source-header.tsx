import type { ReactNode } from "react";
import type { SourceSummary } from "@/lib/sources/types";
import { formatLength, formatPublished, hostOf, isWebUrl } from "@/lib/reader/format";

// Unknown metadata is shown as "unknown", quietly: readers should see what is
// missing (a later issue lets them fill it in) without it shouting.

const Unknown = () => <span className="unk">unknown</span>;

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** `compare`: offer "Compare with..." (the reader does; a compare pane does not). */
export function SourceHeader({ source, words, compare = false }: { source: SourceSummary; words: number; compare?: boolean }) {
  const { title, author, site, url, published, kind, perspective } = source;
  return (
    <header className="meta">
      {kind === null ? null : <p className="kind">{kind}</p>}
      <h1>{title}</h1>
      <dl>
        <Field label="Author">{author ?? <Unknown />}</Field>
        <Field label="Site">{site ?? <Unknown />}</Field>
        <Field label="Published">{published === null ? <Unknown /> : formatPublished(published)}</Field>
        <Field label="Original">
          {url === null ? <Unknown /> : isWebUrl(url) ? <a href={url} rel="noopener noreferrer nofollow">{hostOf(url)}</a> : url}
        </Field>
        <Field label="Length">{formatLength(source.length, words)}</Field>
      </dl>
      <p className="persp">
        <span className="lbl">Perspective</span> {perspective ?? <Unknown />}
      </p>
      {compare ? (
        <p className="cmp-with">
          <a href={`/compare?left=${encodeURIComponent(source.slug)}`}>Compare with…</a>
        </p>
      ) : null}
    </header>
  );
}
