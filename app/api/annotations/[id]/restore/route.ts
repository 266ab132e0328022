import { restoreAnnotation } from "@/lib/annotations/restore-annotation";
import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { jsonRoute } from "@/lib/http";

interface Context {
  params: Promise<{ id: string }>;
}

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return jsonRoute({ request, caller: getRequestAccess }, (caller) => restoreAnnotation({ db: db(), actor: caller, id }));
}
