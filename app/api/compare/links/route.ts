import { linkPassages } from "@/lib/annotations/links/link-passages";
import { requireRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { BODY_LIMITS, jsonRoute } from "@/lib/http";

export async function POST(request: Request): Promise<Response> {
  return jsonRoute({ request, caller: requireRequestAccess, bodyLimit: BODY_LIMITS.linkPassages, status: 201 }, (caller, input) =>
    linkPassages({ db: db(), actor: caller, input }),
  );
}
