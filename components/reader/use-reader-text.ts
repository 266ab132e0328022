"use client";

import { useEffect, useSyncExternalStore } from "react";

// Whether the reader's text is in the document. Rendered on the server it always is
// (./static-text.tsx), and hydration keeps it. A page reached by client-side
// navigation has no server HTML: the text is fetched (app/api/sources/[id]/text)
// and written into the element as the server would have, then everything that
// reads the text's DOM (highlights, citations, the range, the contents' current
// section) mounts. The element names its version, so a previous reader's text still
// in the document during the navigation does not count.

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function textRoot(versionId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`#tx[data-version="${CSS.escape(versionId)}"]`);
}

const hasText = (versionId: string) => (textRoot(versionId)?.childElementCount ?? 0) > 0;

/** True once the text of `versionId` is in the document; fetches it when it is not. */
export function useReaderText(sourceId: string, versionId: string): boolean {
  const ready = useSyncExternalStore(subscribe, () => hasText(versionId), () => true);
  useEffect(() => {
    if (ready) return;
    const controller = new AbortController();
    const url = `/api/sources/${encodeURIComponent(sourceId)}/text?version=${encodeURIComponent(versionId)}`;
    fetch(url, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`${response.status}`);
        const { html } = (await response.json()) as { html: string };
        const root = textRoot(versionId);
        if (root === null || controller.signal.aborted) return;
        // Our own escaping renderer made it (lib/reader/text-html.ts), for this version.
        root.innerHTML = html;
        for (const listener of listeners) listener();
        // The navigation's #b-<n> had nothing to scroll to until now.
        const target = window.location.hash.length > 1 ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
        target?.scrollIntoView();
      })
      .catch(() => {
        // A newer version, or no connection: the page as the server renders it now.
        if (!controller.signal.aborted) window.location.reload();
      });
    return () => controller.abort();
  }, [ready, sourceId, versionId]);
  return ready;
}
