"use client";

import { useRef, useState } from "react";
import { annotationPath } from "@/lib/reader/annotation-link";

/**
 * "Copy link": puts the annotation's address on the clipboard, and always shows it
 * in a read-only field too, for browsers (or pages) where the clipboard is refused.
 * Pasted into another annotation's "Link to another annotation…", it links across sources.
 */
export function CopyLink({ sourceSlug, annotationId }: { sourceSlug: string; annotationId: string }) {
  const [url, setUrl] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const field = useRef<HTMLInputElement>(null);
  const fieldId = `an-copy-${annotationId}`;

  const copy = async () => {
    const href = new URL(annotationPath(sourceSlug, annotationId), window.location.origin).href;
    setUrl(href);
    try {
      if (navigator.clipboard === undefined) throw new Error("no clipboard");
      await navigator.clipboard.writeText(href);
      setStatus("Link copied.");
    } catch {
      setStatus("Copy the link from the field below.");
      window.requestAnimationFrame(() => field.current?.select());
    }
  };
  return (
    <div className="an-copy">
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span className="an-hint" role="status">
        {status}
      </span>
      {url === null ? null : (
        <label className="an-field" htmlFor={fieldId}>
          <span className="an-label">Link to this annotation</span>
          <input id={fieldId} ref={field} readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
