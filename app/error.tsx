"use client";

import Link from "next/link";

// Server errors reach the browser without their message (Next.js hides it in
// production), so the page offers a retry and the digest to quote in a report.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
  return (
    <main id="main" tabIndex={-1} className="msg">
      <h1>Something went wrong</h1>
      <p>The page could not be shown. Trying again often helps; if it does not, the server log has the details.</p>
      {digest === undefined ? null : <p className="unk">Reference: {digest}</p>}
      <p>
        <button type="button" onClick={() => retry()}>
          Try again
        </button>{" "}
        <Link href="/">Back to the library</Link>
      </p>
    </main>
  );
}
