import { z } from "zod";

// bcrypt reads only the first 72 bytes of a password; longer ones would be silently cut.
const BCRYPT_MAX_BYTES = 72;
export const PASSWORD_MIN_LENGTH = 8;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address, like name@example.org."));

export const newPasswordSchema = z
  .string({ error: "Choose a password." })
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters for your password.`)
  .refine((p) => utf8Length(p) <= BCRYPT_MAX_BYTES, "Use at most 72 bytes for your password (about 72 plain letters).");

export const displayNameSchema = z
  .string()
  .trim()
  .max(80, "Use at most 80 characters for your name.")
  .optional()
  .transform((name) => (name === undefined || name === "" ? null : name));

/** The sign-up form. */
export const signUpInput = z.object({
  name: displayNameSchema,
  email: emailSchema,
  password: newPasswordSchema,
});
export type SignUpInput = z.output<typeof signUpInput>;

/** The sign-in form; the password is not judged here, only compared. */
export const signInInput = z.object({
  email: emailSchema,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(1024, "That password is too long."),
});
export type SignInInput = z.output<typeof signInInput>;
