export { DEFAULT_SHARED_PASSAGE_OPTIONS, findSharedPassages } from "./find-shared-passages";
export { normaliseWord, tokenize } from "./tokenize";
export type * from "./types";
