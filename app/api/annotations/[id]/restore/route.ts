import { respond } from "@/lib/annotations/respond";
import { restoreAnnotation } from "@/lib/annotations/restore-annotation";
import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";

interface Context {
  params: Promise<{ id: string }>;
}

export async function POST(_request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return respond(async () => restoreAnnotation({ db: db(), actor: await getRequestAccess(), id }));
}
