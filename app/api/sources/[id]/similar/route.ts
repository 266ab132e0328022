import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { jsonRoute } from "@/lib/http";
import { findElsewhere } from "@/lib/search/find-elsewhere";

interface Context {
  params: Promise<{ id: string }>;
}

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  const input = Object.fromEntries(new URL(request.url).searchParams);
  return jsonRoute({ request, caller: getRequestAccess }, (caller) => findElsewhere({ db: db(), actor: caller, sourceId: id, input }));
}
