"use client";

import { useCallback, useState } from "react";

/** The annotations picked by hand for an export, kept while the panel is open. */
export function usePicked() {
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const pick = useCallback((id: string, on: boolean) => {
    setPicked((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const clear = useCallback(() => setPicked(new Set()), []);
  return { picked, pick, clear };
}
