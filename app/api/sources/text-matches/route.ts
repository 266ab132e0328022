import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { jsonRoute } from "@/lib/http";
import { countTextMatches } from "@/lib/search/count-text-matches";

export async function GET(request: Request): Promise<Response> {
  const input = Object.fromEntries(new URL(request.url).searchParams);
  return jsonRoute({ request, caller: getRequestAccess }, (caller) => countTextMatches({ db: db(), actor: caller, input }));
}
