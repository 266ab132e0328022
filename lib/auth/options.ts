import type { NextAuthOptions } from "next-auth";
import { db } from "@/lib/db/client";
import { createAuthAdapter } from "./adapter";
import { credentialsProvider } from "./credentials-provider";
import { oauthProviders } from "./oauth-providers";
import { safeRedirectUrl } from "./safe-callback";

const DAY = 24 * 60 * 60;

/**
 * next-auth 4 configuration. Credentials sign-in only works with JWT sessions,
 * so sessions live in a signed cookie and the adapter keeps users and linked
 * provider accounts. NEXTAUTH_SECRET and NEXTAUTH_URL come from the
 * environment (scripts/start.ts provides both).
 */
export const authOptions: NextAuthOptions = {
  adapter: createAuthAdapter(db),
  session: { strategy: "jwt", maxAge: 30 * DAY },
  providers: [credentialsProvider(), ...oauthProviders()],
  pages: { signIn: "/sign-in", signOut: "/sign-out", error: "/sign-in" },
  callbacks: {
    // Every redirect next-auth makes (sign-in, sign-out, OAuth callbacks) lands on this site.
    redirect: ({ url, baseUrl }) => safeRedirectUrl(url, baseUrl),
    // Every account needs an email: names fall back to it and invites are sent by it.
    signIn: ({ user }) => typeof user.email === "string" && user.email !== "",
    jwt: ({ token, user }) => {
      // `user` is present only on the sign-in request itself.
      if (user !== undefined) token.sub = user.id;
      return token;
    },
    session: ({ session, token }) => ({
      ...session,
      user: { ...session.user, id: token.sub },
    }),
  },
};
