"use client";

import { useEffect, useState } from "react";
import { blockHashProblem } from "@/lib/reader/parse-range";
import { Notice } from "@/components/ui/notice";

/** Says so when the URL's `#b-<n>` names no block of this text, instead of doing nothing. */
export function BlockHashNotice({ blockCount }: { blockCount: number }) {
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    const check = () => setProblem(blockHashProblem(window.location.hash, blockCount));
    check();
    window.addEventListener("hashchange", check);
    return () => window.removeEventListener("hashchange", check);
  }, [blockCount]);
  return problem === null ? null : <Notice onDismiss={() => setProblem(null)}>{problem}</Notice>;
}
