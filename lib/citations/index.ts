export { parseArchivalCitations } from "./parse-archival-citations";
export { canonicalArchive } from "./archives";
export {
  ARCHIVAL_LEVELS,
  type ArchivalCitation,
  type ArchivalFields,
  type ArchivalLevel,
  type CaseCitation,
  type CaseType,
  type Citation,
  type CitationKind,
  type PublishedCitation,
} from "./types";
