import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { BODY_LIMITS, errorResponse, readBoundedBytes, refuseForeignWrite } from "@/lib/http";

// next-auth 4 serves sign-in callbacks, CSRF tokens, sessions and sign-out here.
const handler = NextAuth(authOptions);

interface Context {
  params: Promise<{ nextauth: string[] }>;
}

export function GET(request: NextRequest, context: Context): Promise<Response> {
  return handler(request, context);
}

/** next-auth reads the whole body itself: hand it a copy read within the limit, from this site only. */
export async function POST(request: NextRequest, context: Context): Promise<Response> {
  let bounded: NextRequest;
  try {
    refuseForeignWrite(request);
    const body = await readBoundedBytes(request, BODY_LIMITS.auth);
    bounded = new NextRequest(request.url, { method: "POST", headers: request.headers, body });
  } catch (error) {
    return errorResponse(error);
  }
  return handler(bounded, context);
}
