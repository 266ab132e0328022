import Link from "next/link";
import type { ImportedUpload } from "@/lib/sources/import-upload";
import { OUTCOME_LABEL, summarizeReport } from "@/lib/sources/format-report";

/** The importer's report as lists: what was kept, and what was removed and why. */
export function ImportResult({ result }: { result: ImportedUpload }) {
  const summary = summarizeReport(result.report);
  const href = `/sources/${encodeURIComponent(result.slug)}`;
  return (
    <section className="import-result" aria-labelledby="import-result-heading">
      <h2 id="import-result-heading">
        {result.fileName}: {OUTCOME_LABEL[result.outcome]}
      </h2>
      <p>
        <Link href={href}>Open “{result.title}”</Link> (version {result.versionNumber}, at {href})
      </p>
      {summary.filled.length === 0 ? null : (
        <>
          <h3>Details taken from the file</h3>
          <ul className="import-filled">
            {summary.filled.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      <h3>Blocks</h3>
      {summary.blocks.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul className="import-blocks">
          {summary.blocks.map((b) => (
            <li key={b.kind}>
              {b.kind}: {b.count.toLocaleString("en")}
            </li>
          ))}
          {summary.sections > 0 ? <li>sections: {summary.sections}</li> : null}
        </ul>
      )}
      <h3>Characters</h3>
      <p>
        {summary.charactersKept.toLocaleString("en")} kept of {summary.charactersIn.toLocaleString("en")} ({summary.keptPercent})
      </p>
      <h3>Removed ({summary.removed.length})</h3>
      {summary.removed.length === 0 ? (
        <p>Nothing was removed.</p>
      ) : (
        <ul className="import-removed">
          {summary.removed.map((span, i) => (
            <li key={i}>
              <span className="where">{span.where}</span>: {span.reason}: <q>{span.excerpt}</q>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
