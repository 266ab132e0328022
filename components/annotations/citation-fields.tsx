"use client";

import { useState } from "react";
import type { CitationFields } from "@/lib/reader/citation-prefill";

// The annotation form's archival-citation fields. Filled in from a citation the
// selection holds (lib/reader/citation-prefill.ts), open and marked as such, so the
// user checks them before saving; otherwise folded away and optional.

const FIELDS: Array<{ key: keyof CitationFields; label: string; placeholder?: string; wide?: boolean; type?: string }> = [
  { key: "archive", label: "Archive", placeholder: "e.g. RGASPI" },
  { key: "fond", label: "Fond", placeholder: "17" },
  { key: "opis", label: "Opis", placeholder: "171" },
  { key: "delo", label: "Delo", placeholder: "427" },
  { key: "list", label: "List (folio)", placeholder: "11-12ob" },
  { key: "documentDate", label: "Document date", placeholder: "1937-12-10" },
  { key: "publishedIn", label: "Published in", wide: true },
  { key: "url", label: "URL", wide: true, type: "url", placeholder: "https://" },
];

interface Props {
  value: CitationFields;
  onChange: (value: CitationFields) => void;
  /** The citation of the text the fields were filled from, as written. */
  filledFrom: string | null;
}

export function CitationFieldset({ value, onChange, filledFrom }: Props) {
  // Open when filled in, from the text or from the saved note; it stays as the user leaves it.
  const [open] = useState(filledFrom !== null || Object.values(value).some((v) => v !== ""));
  return (
    <details className="an-field an-cite" open={open}>
      <summary className="an-label">Archival citation{filledFrom === null ? " (optional)" : ""}</summary>
      {filledFrom === null ? null : (
        <p className="an-cite-from" role="status">
          Filled in from the citation in your selection, “{filledFrom}”. Check the fields before saving.
        </p>
      )}
      <div className="an-cite-grid">
        {FIELDS.map(({ key, label, placeholder, wide, type }) => (
          <label key={key} className={wide === true ? "an-cite-wide" : undefined}>
            <span>{label}</span>
            <input type={type ?? "text"} value={value[key]} placeholder={placeholder} maxLength={500} onChange={(e) => onChange({ ...value, [key]: e.target.value })} />
          </label>
        ))}
      </div>
    </details>
  );
}
