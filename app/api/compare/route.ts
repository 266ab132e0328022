import { getRequestAccess } from "@/lib/auth/request-access";
import { compareSources } from "@/lib/compare/compare-sources";
import { db } from "@/lib/db/client";
import { jsonRoute } from "@/lib/http";

export async function GET(request: Request): Promise<Response> {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return jsonRoute({ request, caller: getRequestAccess }, (caller) => compareSources({ db: db(), actor: caller, input: query }));
}
