export { parseArchivalCitations } from "./parse-archival-citations";
export { canonicalArchive } from "./archives";
export {
  ARCHIVAL_LEVELS,
  CASE_TYPES,
  type ArchivalCitation,
  type ArchivalFields,
  type ArchivalLevel,
  type CaseCitation,
  type CaseType,
  type Citation,
  type CitationKind,
  type PublishedCitation,
} from "./types";
