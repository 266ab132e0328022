export { checkHref, isAllowedHref, MAX_HREF_LENGTH } from "./href";
export { BODY_LIMITS } from "./limits";
export type { AttrValue, BodyDoc, BodyMark, BodyNode } from "./shape";
export { BodyDocSchema } from "./shape";
export { validateBody } from "./validate-body";
export type { BodyValidation } from "./validate-body";
