export { findSharedPassages, SHARED_PASSAGE_FINDER } from "./find-shared-passages";
export { normaliseWord, tokenize } from "./tokenize";
export type * from "./types";
