import { respond } from "@/lib/annotations/respond";
import { restoreAnnotation } from "@/lib/annotations/restore-annotation";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

interface Context {
  params: Promise<{ id: string }>;
}

export async function POST(_request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return respond(async () => restoreAnnotation({ db: db(), caller: await getSessionUser(), id }));
}
