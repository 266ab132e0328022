import { randomUUID } from "node:crypto";
import type { InterchangeAnnotation, InterchangeLink } from "../model";
import { collectionOf, pageOf } from "./collection";
import type { IriBase } from "./iris";
import { annotationToW3c, linkToW3c } from "./to-w3c";

/** Annotations per AnnotationPage of an export file. */
export const EXPORT_PAGE_SIZE = 1000;

/**
 * A W3C export file, written as it goes: a JSON-LD array of the AnnotationCollection
 * and then its AnnotationPages (each links the next by IRI, model 5.2). One page is
 * held until the next begins (or the end), so a page knows whether it has a next.
 */
export class JsonLdWriter {
  private readonly id: string;
  private page: unknown[] = [];
  private pageNumber = 0;
  private startIndex = 0;

  constructor(
    private readonly base: IriBase,
    private readonly label: string,
  ) {
    this.id = `${base.origin}/api/export/${randomUUID()}`;
  }

  private pageIri(n: number): string {
    return `${this.id}?page=${n}`;
  }

  /** The array's opening and the collection; `total` is counted before the first row. */
  begin(total: number, generatedAt: string): string {
    const last = Math.max(0, Math.ceil(total / EXPORT_PAGE_SIZE) - 1);
    const collection = collectionOf({ id: this.id, label: this.label, total, first: this.pageIri(0), last: this.pageIri(last), modified: generatedAt });
    return `[\n${JSON.stringify(collection)}`;
  }

  /** Adds an annotation and the links it starts; returns a finished page once one is full. */
  add(annotation: InterchangeAnnotation, links: InterchangeLink[]): string {
    const full = this.page.length >= EXPORT_PAGE_SIZE ? this.flush(true) : "";
    this.page.push(annotationToW3c(this.base, annotation), ...links.map((link) => linkToW3c(this.base, link)));
    return full;
  }

  /** The last page and the array's end. */
  end(): string {
    return `${this.page.length > 0 || this.pageNumber === 0 ? this.flush(false) : ""}\n]\n`;
  }

  private flush(hasNext: boolean): string {
    const n = this.pageNumber;
    const page = pageOf({
      id: this.pageIri(n),
      partOf: { id: this.id, label: this.label },
      startIndex: this.startIndex,
      items: this.page,
      next: hasNext ? this.pageIri(n + 1) : null,
      prev: n > 0 ? this.pageIri(n - 1) : null,
    });
    this.startIndex += this.page.length;
    this.page = [];
    this.pageNumber += 1;
    return `,\n${JSON.stringify(page)}`;
  }
}
