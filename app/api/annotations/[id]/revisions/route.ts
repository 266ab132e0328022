import { listRevisions } from "@/lib/annotations/list-revisions";
import { respond } from "@/lib/annotations/respond";
import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";

interface Context {
  params: Promise<{ id: string }>;
}

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return respond(async () => listRevisions({ db: db(), actor: await getRequestAccess(), annotationId: id, query }));
}
