// What the export dialog asks GET /api/export for. Pure and free of the writers, so
// client components import it; the server parses the same keys with ExportQuery.
import { LAYERS, type Layer, type VisibilityDto } from "@/lib/annotations/dto";
import type { ExportFormatId } from "./format-ids";

/** A scope's part of the query: source(s), group, claim or ids, and filters. */
export type ExportScopeQuery = Partial<Record<"source" | "sources" | "group" | "claim" | "ids" | "layer" | "tag" | "author" | "visibility" | "from" | "to", string>>;

export function exportUrl(format: ExportFormatId, scope: ExportScopeQuery): string {
  const params = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(scope)) if (value !== undefined && value !== "") params.set(key, value);
  return `/api/export?${params.toString()}`;
}

/** The reader panel's filters as query keys; every layer shown is no layer filter. */
export function filtersScope(f: { layers: ReadonlySet<Layer>; author: string; tag: string; visibility: VisibilityDto | "" }): ExportScopeQuery {
  const scope: ExportScopeQuery = {};
  if (f.layers.size < LAYERS.length) scope.layer = LAYERS.filter((l) => f.layers.has(l)).join(",");
  if (f.author !== "") scope.author = f.author;
  if (f.tag !== "") scope.tag = f.tag;
  if (f.visibility !== "") scope.visibility = f.visibility;
  return scope;
}

/** The name the server gave the file (Content-Disposition, RFC 6266), or `fallback`. */
export function downloadName(disposition: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? "")?.[1];
  if (encoded !== undefined) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // fall through to the ASCII name
    }
  }
  return /filename="([^"]+)"/i.exec(disposition ?? "")?.[1] ?? fallback;
}
