// Where things live, as IRIs under the instance's public origin. Annotations are
// members of their source's protocol container, so their IRI dereferences (GET).

export interface IriBase {
  /** The public origin, e.g. "https://palimpsest.example.org", without a trailing slash. */
  origin: string;
}

export function sourceContainerIri({ origin }: IriBase, slug: string): string {
  return `${origin}/api/w3c/sources/${encodeURIComponent(slug)}/`;
}

export function groupContainerIri({ origin }: IriBase, groupId: string): string {
  return `${origin}/api/w3c/groups/${encodeURIComponent(groupId)}/`;
}

export function annotationIri(base: IriBase, slug: string, id: string): string {
  return `${sourceContainerIri(base, slug)}${encodeURIComponent(id)}`;
}

export function linkIri({ origin }: IriBase, id: string): string {
  return `${origin}/api/w3c/links/${encodeURIComponent(id)}`;
}

/** The reader's page of the source. */
export function sourceIri({ origin }: IriBase, slug: string): string {
  return `${origin}/sources/${encodeURIComponent(slug)}`;
}

/** One immutable version of the text: the selectors' offsets count in it. */
export function versionIri(base: IriBase, slug: string, versionId: string): string {
  return `${sourceIri(base, slug)}?version=${encodeURIComponent(versionId)}`;
}

/** The annotation's id when the IRI is one of ours for `slug` (else null). */
export function annotationIdOf(base: IriBase, slug: string, iri: string): string | null {
  const prefix = sourceContainerIri(base, slug);
  if (!iri.startsWith(prefix)) return null;
  const rest = iri.slice(prefix.length);
  return rest === "" || rest.includes("/") ? null : decodeURIComponent(rest);
}

/** The slug a target's `source` names when it is one of our sources (reader page or version); else null. */
export function slugOfSourceIri(base: IriBase, iri: string): string | null {
  const prefix = `${base.origin}/sources/`;
  if (!iri.startsWith(prefix)) return null;
  const slug = iri.slice(prefix.length).split(/[?#/]/)[0] ?? "";
  return slug === "" ? null : decodeURIComponent(slug);
}
