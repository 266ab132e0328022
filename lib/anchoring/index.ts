export { anchorAnnotation } from "./anchor";
export { checkRange, describeRange } from "./describe-range";
export { reanchorAll, type ReanchorResult } from "./reanchor";
export { normalizeForMatching } from "./normalize";
export { AnchoringError, CONTEXT_LENGTH, type AnchorOutcome, type AnchoringErrorCode, type TextAnchor } from "./types";
