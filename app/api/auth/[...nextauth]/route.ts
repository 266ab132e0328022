import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { tooManyWhenThrottled } from "@/lib/auth/throttled-response";

// next-auth 4 serves sign-in callbacks, CSRF tokens, sessions and sign-out here.
const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/** A sign-in refused by the limits answers 429 with Retry-After (lib/auth/throttled-response.ts). */
async function POST(request: Request, context: Context): Promise<Response> {
  return tooManyWhenThrottled(await handler(request, context));
}

export { handler as GET, POST };
