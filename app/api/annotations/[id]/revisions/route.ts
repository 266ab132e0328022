import { listRevisions } from "@/lib/annotations/list-revisions";
import { respond } from "@/lib/annotations/respond";
import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";

interface Context {
  params: Promise<{ id: string }>;
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return respond(async () => ({ revisions: await listRevisions({ db: db(), actor: await getRequestAccess(), annotationId: id }) }));
}
