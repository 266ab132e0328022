// Pure views over the annotation list the panel and the highlights share: the
// filters, the choices they offer, and which annotations cover a clicked character.
import type { AnnotationSummaryDto, Layer, VisibilityDto } from "@/lib/annotations/dto";

export { snippet } from "@/lib/annotations/summary";

export interface AnnotationFilters {
  /** Layers shown, in the text and in the list. */
  layers: ReadonlySet<Layer>;
  /** Author id, or "" for everyone. */
  author: string;
  /** Tag, or "" for any. */
  tag: string;
  visibility: VisibilityDto | "";
}

// The list never holds deleted annotations (live-annotations.ts drops them).
export const isPlaced = (a: AnnotationSummaryDto) => a.anchorStatus !== "orphaned";

export function matchesFilters(a: AnnotationSummaryDto, f: AnnotationFilters): boolean {
  return (
    f.layers.has(a.layer) &&
    (f.author === "" || a.author.id === f.author) &&
    (f.tag === "" || a.tags.some((t) => t.toLocaleLowerCase() === f.tag.toLocaleLowerCase())) &&
    (f.visibility === "" || a.visibility === f.visibility)
  );
}

/** The authors and tags present, for the filter menus, sorted for reading. */
export function facets(list: readonly AnnotationSummaryDto[]): { authors: { id: string; name: string }[]; tags: string[] } {
  const authors = new Map<string, string>();
  const tags = new Map<string, string>();
  for (const a of list) {
    authors.set(a.author.id, a.author.name);
    for (const t of a.tags) if (!tags.has(t.toLocaleLowerCase())) tags.set(t.toLocaleLowerCase(), t);
  }
  const byText = (x: string, y: string) => x.localeCompare(y, undefined, { sensitivity: "base" });
  return {
    authors: Array.from(authors, ([id, name]) => ({ id, name })).sort((x, y) => byText(x.name, y.name)),
    tags: Array.from(tags.values()).sort(byText),
  };
}

/** Document order, as the API sends it: by start, then end, then age; orphans last. */
export function byDocumentOrder(a: AnnotationSummaryDto, b: AnnotationSummaryDto): number {
  const ao = a.anchorStatus === "orphaned" ? 1 : 0;
  const bo = b.anchorStatus === "orphaned" ? 1 : 0;
  if (ao !== bo) return ao - bo;
  if (ao === 1) return a.createdAtMs - b.createdAtMs || a.id.localeCompare(b.id);
  return a.start - b.start || a.end - b.end || a.createdAtMs - b.createdAtMs || a.id.localeCompare(b.id);
}

/** The shown annotations covering the character at `offset`, shortest (most specific) first. */
export function annotationsAt(list: readonly AnnotationSummaryDto[], offset: number, shown: (a: AnnotationSummaryDto) => boolean): AnnotationSummaryDto[] {
  return list
    .filter((a) => isPlaced(a) && a.start <= offset && offset < a.end && shown(a))
    .sort((a, b) => a.end - a.start - (b.end - b.start) || byDocumentOrder(a, b));
}
