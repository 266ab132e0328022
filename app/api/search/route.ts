import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { jsonRoute } from "@/lib/http";
import { searchCorpus } from "@/lib/search/search-corpus";

export async function GET(request: Request): Promise<Response> {
  const input = Object.fromEntries(new URL(request.url).searchParams);
  return jsonRoute({ request, caller: getRequestAccess }, (caller) => searchCorpus({ db: db(), actor: caller, input }));
}
