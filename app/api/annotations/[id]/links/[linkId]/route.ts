import { deleteLink } from "@/lib/annotations/links/delete-link";
import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { jsonRoute } from "@/lib/http";

interface Context {
  params: Promise<{ id: string; linkId: string }>;
}

/** Soft delete; POST ./restore undoes it. */
export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  const { id, linkId } = await params;
  return jsonRoute({ request, caller: getRequestAccess }, (actor) => deleteLink({ db: db(), actor, input: { annotationId: id, linkId } }));
}
