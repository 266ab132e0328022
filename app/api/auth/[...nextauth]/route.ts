import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// next-auth 4 serves sign-in callbacks, CSRF tokens, sessions and sign-out here.
const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
