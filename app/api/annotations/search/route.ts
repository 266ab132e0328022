import { respond } from "@/lib/annotations/respond";
import { searchAnnotations } from "@/lib/annotations/search-annotations";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export async function GET(request: Request): Promise<Response> {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return respond(async () => searchAnnotations({ db: db(), caller: await getSessionUser(), query }));
}
