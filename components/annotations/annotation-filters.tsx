"use client";

import type { VisibilityDto } from "@/lib/annotations/dto";
import type { AnnotationFilters } from "@/lib/reader/annotation-view";
import { LAYER_LABELS, LAYERS } from "./layers";

interface Props {
  filters: AnnotationFilters;
  authors: { id: string; name: string }[];
  tags: string[];
  onChange: (next: AnnotationFilters) => void;
}

/** Layer toggles (they hide layers in the text as well as the list) and the list's filters. */
export function AnnotationFiltersBar({ filters, authors, tags, onChange }: Props) {
  const toggle = (layer: (typeof LAYERS)[number]) => {
    const layers = new Set(filters.layers);
    if (layers.has(layer)) layers.delete(layer);
    else layers.add(layer);
    onChange({ ...filters, layers });
  };
  return (
    <div className="an-filters">
      <fieldset className="an-layer-toggles">
        <legend className="an-label">Layers shown</legend>
        {LAYERS.map((layer) => (
          <label key={layer} className={`an-toggle l-${layer}`}>
            <input type="checkbox" checked={filters.layers.has(layer)} onChange={() => toggle(layer)} />
            <span className={`an-swatch l-${layer}`} aria-hidden="true" />
            {LAYER_LABELS[layer]}
          </label>
        ))}
      </fieldset>
      <div className="an-selects">
        <label>
          <span className="an-label">Author</span>
          <select value={filters.author} onChange={(e) => onChange({ ...filters, author: e.target.value })}>
            <option value="">Anyone</option>
            {authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="an-label">Tag</span>
          <select value={filters.tag} onChange={(e) => onChange({ ...filters, tag: e.target.value })}>
            <option value="">Any</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="an-label">Visibility</span>
          <select value={filters.visibility} onChange={(e) => onChange({ ...filters, visibility: e.target.value as VisibilityDto | "" })}>
            <option value="">Any</option>
            <option value="private">Private</option>
            <option value="group">Group</option>
            <option value="public">Public</option>
          </select>
        </label>
      </div>
    </div>
  );
}
