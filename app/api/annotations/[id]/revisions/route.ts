import { listRevisions } from "@/lib/annotations/list-revisions";
import { respond } from "@/lib/annotations/respond";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

interface Context {
  params: Promise<{ id: string }>;
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return respond(async () => ({ revisions: await listRevisions({ db: db(), caller: await getSessionUser(), annotationId: id }) }));
}
