import { AppError } from "./app-error";

/** Whole seconds for a Retry-After header: rounded up, never 0. */
export function retryAfterSeconds(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 1000));
}

/** Too many requests (lib/rate-limit): 429 with a Retry-After header. */
export class RateLimitedError extends AppError {
  readonly retryAfterMs: number;

  constructor(retryAfterMs: number, message: string) {
    super("rate_limited", message);
    this.name = "RateLimitedError";
    this.retryAfterMs = retryAfterMs;
  }
}
