"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";

// Server errors reach the browser without their message (Next.js hides it in
// production), so the page asks /api/health whether the database is the cause:
// then it says so and retries by itself until the database is back.
const RETRY_MS = 5_000;

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
  const [databaseDown, setDatabaseDown] = useState(false);
  const wasDown = useRef(false);

  useEffect(() => {
    let stopped = false;
    let timer: number | undefined;
    const check = async () => {
      const health = await fetch("/api/health", { cache: "no-store" })
        .then((r) => r.json() as Promise<{ database?: string }>)
        .catch(() => ({ database: "unreachable" }));
      if (stopped) return;
      const down = health.database !== "reachable";
      if (!down && wasDown.current) {
        // It was the database, and it is back: show the page again.
        retry();
        return;
      }
      wasDown.current = down;
      setDatabaseDown(down);
      if (down) timer = window.setTimeout(() => void check(), RETRY_MS);
    };
    void check();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [retry]);

  if (databaseDown) {
    return (
      <main id="main" tabIndex={-1} className="msg">
        <h1>The database is unreachable</h1>
        <p>Palimpsest cannot reach its database right now, so this page cannot be shown. Nothing you saved is lost; the page comes back by itself once the database answers again.</p>
        <p>
          <button type="button" onClick={() => retry()}>
            Try again now
          </button>
        </p>
      </main>
    );
  }
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
