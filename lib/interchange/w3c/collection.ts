// AnnotationCollection and AnnotationPage (model section 5), as the protocol's
// containers (protocol 5) and the exports use them.
import { ANNO_CONTEXT, LDP_CONTEXT } from "./vocabulary";

export interface CollectionOptions {
  id: string;
  label: string;
  /** The first page: its IRI, or the page itself embedded. */
  first?: string | W3cPage;
  last?: string;
  total?: number;
  /** Protocol containers are also LDP BasicContainers (protocol 5.1). */
  container?: boolean;
  modified?: string;
}

export interface W3cCollection {
  "@context": string | string[];
  id: string;
  type: "AnnotationCollection" | ["BasicContainer", "AnnotationCollection"];
  label: string;
  total?: number;
  modified?: string;
  first?: string | W3cPage;
  last?: string;
}

export interface W3cPage {
  "@context"?: string;
  id: string;
  type: "AnnotationPage";
  partOf: { id: string; label?: string; total?: number };
  startIndex: number;
  items: unknown[];
  next?: string;
  prev?: string;
}

export function collectionOf(options: CollectionOptions): W3cCollection {
  const collection: W3cCollection = {
    "@context": options.container === true ? [ANNO_CONTEXT, LDP_CONTEXT] : ANNO_CONTEXT,
    id: options.id,
    type: options.container === true ? ["BasicContainer", "AnnotationCollection"] : "AnnotationCollection",
    label: options.label,
  };
  if (options.total !== undefined) collection.total = options.total;
  if (options.modified !== undefined) collection.modified = options.modified;
  // Section 5.1: a collection with members names its first page; an empty one has none.
  if (options.first !== undefined && options.total !== 0) collection.first = options.first;
  if (options.last !== undefined && options.total !== 0) collection.last = options.last;
  return collection;
}

export interface PageOptions {
  id: string;
  /** The collection, described (the W3C page assertions read its label and total there). */
  partOf: { id: string; label?: string; total?: number };
  startIndex: number;
  items: unknown[];
  next?: string | null;
  prev?: string | null;
  /** Standalone pages carry the context; one embedded in its collection does not need it. */
  standalone?: boolean;
}

export function pageOf(options: PageOptions): W3cPage {
  const page: W3cPage = {
    ...(options.standalone === false ? {} : { "@context": ANNO_CONTEXT }),
    id: options.id,
    type: "AnnotationPage",
    partOf: options.partOf,
    startIndex: options.startIndex,
    items: options.items,
  };
  if (options.next !== undefined && options.next !== null) page.next = options.next;
  if (options.prev !== undefined && options.prev !== null) page.prev = options.prev;
  return page;
}
