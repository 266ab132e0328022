export { type ActionResult, type ActionState, runAction } from "./action-result";
export { AppError, type AppErrorCode, type AppErrorStatus, type FieldErrors } from "./app-error";
export { type DescribedError, describeError, type ErrorBody, errorResponse } from "./describe-error";
export { formFields, parseInput } from "./parse-input";
export { RateLimitedError, retryAfterSeconds } from "./rate-limited";
