import { deleteLink } from "@/lib/annotations/links/delete-link";
import { respond } from "@/lib/annotations/respond";
import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";

interface Context {
  params: Promise<{ id: string; linkId: string }>;
}

/** Soft delete; POST ./restore undoes it. */
export async function DELETE(_request: Request, { params }: Context): Promise<Response> {
  const { id, linkId } = await params;
  return respond(async () => deleteLink({ db: db(), actor: await getRequestAccess(), input: { annotationId: id, linkId } }));
}
