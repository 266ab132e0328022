import { compare, hash } from "bcryptjs";

/** bcrypt's work factor: about a quarter second a hash on a current server core. */
export const BCRYPT_COST = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, BCRYPT_COST);
}

export function verifyPassword(password: string, passwordHash: string): Promise<boolean> {
  return compare(password, passwordHash);
}

let dummyHash: Promise<string> | undefined;

/**
 * Checking a password against this when the account does not exist (or has no
 * password) takes as long as a real check, so timing does not reveal which
 * emails have accounts.
 */
export function hashForMissingAccount(): Promise<string> {
  dummyHash ??= hashPassword("no account has this password");
  return dummyHash;
}
