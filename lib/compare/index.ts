export { findSharedPassages } from "./find-shared-passages";
export { normaliseWord, tokenize } from "./tokenize";
export type * from "./types";
