"use client";

import { useEffect, useState } from "react";
import { call } from "@/components/annotations/api";

/** Passages per source slug whose words match the library's filter, asked of the server as the user pauses typing. */
export function useTextMatches(query: string): Record<string, number> {
  const [counts, setCounts] = useState<{ query: string; counts: Record<string, number> }>({ query: "", counts: {} });
  const q = query.trim();
  useEffect(() => {
    if (q === "") return;
    let live = true;
    const timer = window.setTimeout(() => {
      void call<{ counts: Record<string, number> }>("GET", `/api/sources/text-matches?q=${encodeURIComponent(q)}`).then((answer) => {
        if (live && answer.ok) setCounts({ query: q, counts: answer.data.counts });
      });
    }, 250);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [q]);
  // Counts for an earlier query are not shown against this one.
  return counts.query === q ? counts.counts : {};
}
