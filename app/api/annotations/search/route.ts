import { respond } from "@/lib/annotations/respond";
import { searchAnnotations } from "@/lib/annotations/search-annotations";
import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";

export async function GET(request: Request): Promise<Response> {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return respond(async () => searchAnnotations({ db: db(), actor: await getRequestAccess(), query }));
}
