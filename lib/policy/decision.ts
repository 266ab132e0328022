export type DenyStatus = 401 | 403 | 404;

export type Decision =
  | { allowed: true }
  | { allowed: false; reason: string; status: DenyStatus };

export const ALLOW: Decision = { allowed: true };

/** Signed out, and signing in could change the answer. */
export function signInTo(what: string): Decision {
  return { allowed: false, reason: `Sign in to ${what}.`, status: 401 };
}

/** The caller may not know the thing exists, so say it does not. */
export function notFound(what: string): Decision {
  return { allowed: false, reason: `${what} not found.`, status: 404 };
}

export function forbid(reason: string): Decision {
  return { allowed: false, reason, status: 403 };
}
