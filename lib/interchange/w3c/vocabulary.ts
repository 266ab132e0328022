// The W3C Web Annotation vocabulary this app speaks (https://www.w3.org/TR/annotation-model/,
// https://www.w3.org/TR/annotation-protocol/), and its one extension: the note's tiptap
// JSON beside its plain text, so a round trip through JSON-LD loses no formatting.
export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
export const LDP_CONTEXT = "http://www.w3.org/ns/ldp.jsonld";
/** Our terms: `pal:doc` holds the note as the editor's JSON (JSON-LD 1.1 `@json`). */
export const PALIMPSEST_NS = "https://palimpsest.invalid/ns#";
export const ANNOTATION_CONTEXT = [ANNO_CONTEXT, { pal: PALIMPSEST_NS, doc: { "@id": "pal:doc", "@type": "@json" } }] as const;

/** The media type the protocol requires for every annotation and container (protocol 4). */
export const ANNO_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

