import type { Decision, DenyStatus } from "./decision";

export type PolicyErrorCode = "unauthenticated" | "forbidden" | "not_found" | "invalid_actor";

/** The one place policy outcomes become HTTP statuses. */
const STATUS: Record<PolicyErrorCode, 401 | 403 | 404 | 500> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  // A caller built an actor without a user id: a server bug, never the user's doing.
  invalid_actor: 500,
};

const CODE_FOR_STATUS: Record<DenyStatus, PolicyErrorCode> = {
  401: "unauthenticated",
  403: "forbidden",
  404: "not_found",
};

export class PolicyError extends Error {
  readonly code: PolicyErrorCode;
  readonly status: 401 | 403 | 404 | 500;

  constructor(code: PolicyErrorCode, message: string) {
    super(message);
    this.name = "PolicyError";
    this.code = code;
    this.status = STATUS[code];
  }
}

export function policyErrorFrom(decision: Extract<Decision, { allowed: false }>): PolicyError {
  return new PolicyError(CODE_FOR_STATUS[decision.status], decision.reason);
}
