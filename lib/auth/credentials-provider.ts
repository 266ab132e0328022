import CredentialsProvider from "next-auth/providers/credentials";
import { signInInput } from "@/lib/accounts/schemas";
import { verifyCredentials } from "@/lib/accounts/verify-credentials";
import { db } from "@/lib/db/client";
import { clientAddress } from "./client-address";
import { throttledErrorCode } from "./sign-in-errors";

/** Email and password; the checking itself is lib/accounts/verify-credentials. */
export function credentialsProvider() {
  return CredentialsProvider({
    id: "credentials",
    name: "Email and password",
    credentials: {
      email: { label: "Email", type: "email" },
      password: { label: "Password", type: "password" },
    },
    async authorize(credentials, request) {
      const parsed = signInInput.safeParse(credentials);
      if (!parsed.success) return null;
      const result = await verifyCredentials(db(), parsed.data, { address: clientAddress(request.headers ?? {}) });
      if (result.ok) return result.user;
      // A thrown message reaches the sign-in page as its `error` code; null means "wrong password".
      if (result.reason === "throttled") throw new Error(throttledErrorCode(result.retryAfterMs));
      return null;
    },
  });
}
