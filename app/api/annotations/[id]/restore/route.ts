import { restoreAnnotation } from "@/lib/annotations/restore-annotation";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { jsonRoute } from "@/lib/http";

interface Context {
  params: Promise<{ id: string }>;
}

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return jsonRoute({ request, caller: getSessionUser }, (caller) => restoreAnnotation({ db: db(), caller, id }));
}
