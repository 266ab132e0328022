import type { Access } from "@/lib/access";
import { db } from "@/lib/db/client";
import { refuseForeignWrite } from "@/lib/http";
import type { TokenScope } from "@/lib/policy";
import { authenticateApiToken, bearerTokenOf } from "@/lib/tokens/authenticate-api-token";
import { getRequestAccess } from "./request-access";

export interface ProtocolCaller {
  access: Access | null;
  /** null: the session's own rights; otherwise what the API token was scoped to. */
  scope: TokenScope | null;
}

/**
 * Who calls the W3C protocol: the bearer token when there is an Authorization
 * header (a wrong one is 401, never a fallback to the session), else the session,
 * whose writes must come from our own pages as every other route's do.
 */
export async function getProtocolCaller(request: Request): Promise<ProtocolCaller> {
  const token = bearerTokenOf(request.headers.get("authorization"));
  if (token !== null) {
    const caller = await authenticateApiToken({ db: db(), token });
    return { access: caller.access, scope: caller.scope };
  }
  refuseForeignWrite(request);
  return { access: await getRequestAccess(), scope: null };
}
