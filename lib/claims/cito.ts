// Link kinds as CiTO relations (the Citation Typing Ontology, http://purl.org/spar/cito/),
// so exports can carry standard relations. CiTO reads from the citing entity to the
// cited one, as our links read from `from` to `to` ("this annotation refutes that one").
// docs/design-notes.md ("Claim status") lists the CiTO relations that fit.
import type { LinkKind } from "@/lib/annotations/dto";

export const CITO_NAMESPACE = "http://purl.org/spar/cito/";

/**
 * One CiTO property per link kind. `rebuts` is cito:disputes (it argues against the
 * other passage; `refutes` is kept for a proof, which is what an archival finding
 * gives); `contextualizes` is cito:givesBackgroundTo. `quotes` (a passage quoting
 * another) is cito:includesQuotationFrom.
 */
export const CITO_PROPERTY = {
  rebuts: "disputes",
  refutes: "refutes",
  supports: "supports",
  confirms: "confirms",
  contextualizes: "givesBackgroundTo",
  cites: "cites",
  quotes: "includesQuotationFrom",
} as const satisfies Record<LinkKind, string>;

export type CitoProperty = (typeof CITO_PROPERTY)[keyof typeof CITO_PROPERTY];

/** The compact name, "cito:refutes", for JSON-LD with a `cito` prefix in its context. */
export function citoCurie(kind: LinkKind): `cito:${CitoProperty}` {
  return `cito:${CITO_PROPERTY[kind]}`;
}

/** The full IRI, "http://purl.org/spar/cito/refutes". */
export function citoIri(kind: LinkKind): string {
  return `${CITO_NAMESPACE}${CITO_PROPERTY[kind]}`;
}
