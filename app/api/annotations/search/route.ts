import { searchAnnotations } from "@/lib/annotations/search-annotations";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { jsonRoute } from "@/lib/http";

export async function GET(request: Request): Promise<Response> {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return jsonRoute({ request, caller: getSessionUser }, (caller) => searchAnnotations({ db: db(), caller, query }));
}
