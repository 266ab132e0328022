// The metadata fields a source's details form edits, zod-free so the reader's client
// code can list them without the schemas.
export const METADATA_FIELDS = ["title", "author", "site", "url", "published", "language", "kind", "perspective"] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];
