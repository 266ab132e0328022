export { type ActionResult, type ActionState, runAction } from "./action-result";
export { AppError, type AppErrorCode, type AppErrorStatus, type FieldErrors } from "./app-error";
export { BODY_LIMITS } from "./body-limits";
export { type DescribedError, describeError, type ErrorBody, errorResponse } from "./describe-error";
export { isForeignWrite, refuseForeignWrite } from "./foreign-origin";
export { jsonRoute, type JsonRouteOptions } from "./json-route";
export { formFields, parseInput } from "./parse-input";
export { RateLimitedError, retryAfterSeconds } from "./rate-limited";
export { JSON_LD_TYPE, readBoundedBytes, readBoundedForm, readBoundedJson } from "./read-bounded-body";
