import { restoreLink } from "@/lib/annotations/links/restore-link";
import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { jsonRoute } from "@/lib/http";

interface Context {
  params: Promise<{ id: string; linkId: string }>;
}

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { id, linkId } = await params;
  return jsonRoute({ request, caller: getRequestAccess }, (actor) => restoreLink({ db: db(), actor, input: { annotationId: id, linkId } }));
}
