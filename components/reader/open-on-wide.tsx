"use client";

import { useEffect } from "react";

// The table of contents is a <details>: closed on a phone so the text comes first,
// open beside the text on a wide screen. CSS shows it at once where ::details-content
// is supported; this opens it elsewhere (and follows the window across the breakpoint).

export function OpenOnWide({ id, query }: { id: string; query: string }) {
  useEffect(() => {
    const details = document.getElementById(id);
    if (!(details instanceof HTMLDetailsElement)) return;
    const media = window.matchMedia(query);
    const sync = () => {
      details.open = media.matches;
    };
    // On a phone, following an entry closes the contents so the text is in view.
    const close = (event: MouseEvent) => {
      if (!media.matches && event.target instanceof Element && event.target.closest("a") !== null) details.open = false;
    };
    sync();
    media.addEventListener("change", sync);
    details.addEventListener("click", close);
    return () => {
      media.removeEventListener("change", sync);
      details.removeEventListener("click", close);
    };
  }, [id, query]);
  return null;
}
