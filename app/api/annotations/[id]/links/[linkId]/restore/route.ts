import { restoreLink } from "@/lib/annotations/links/restore-link";
import { respond } from "@/lib/annotations/respond";
import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";

interface Context {
  params: Promise<{ id: string; linkId: string }>;
}

export async function POST(_request: Request, { params }: Context): Promise<Response> {
  const { id, linkId } = await params;
  return respond(async () => restoreLink({ db: db(), actor: await getRequestAccess(), input: { annotationId: id, linkId } }));
}
